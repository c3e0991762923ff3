package se.samverkan.defaults.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads the caller from a validated token: {@code preferred_username} (else {@code sub}) is the
 * name, {@code org} the organisation, {@code roles} the roles. Role values the platform does
 * not know are ignored.
 */
public final class Callers {

    public static final String USERNAME_CLAIM = "preferred_username";
    public static final String ORGANISATION_CLAIM = "org";
    public static final String ROLES_CLAIM = "roles";

    private Callers() {
    }

    /** The caller of the current request, or {@link Caller#ANONYMOUS}. */
    public static Caller current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Caller of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Caller.ANONYMOUS;
        }
        return of(token.getToken());
    }

    public static Caller of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rolesOf(jwt).forEach(claim -> Role.ofClaim(claim).ifPresent(roles::add));
        return new Caller(nameOf(jwt), jwt.getClaimAsString(ORGANISATION_CLAIM), roles);
    }

    /** The token converter every service uses: the authorities are the known roles, as ROLE_<claim>. */
    static Converter<Jwt, AbstractAuthenticationToken> tokenConverter() {
        return jwt -> {
            Collection<GrantedAuthority> authorities = of(jwt).roles().stream()
                    .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
            return new JwtAuthenticationToken(jwt, authorities, nameOf(jwt));
        };
    }

    private static String nameOf(Jwt jwt) {
        String name = jwt.getClaimAsString(USERNAME_CLAIM);
        return name != null ? name : jwt.getSubject();
    }

    private static List<String> rolesOf(Jwt jwt) {
        Object claim = jwt.getClaims().get(ROLES_CLAIM);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim instanceof String single ? List.of(single) : List.of();
    }
}
