package se.samverkan.defaults.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the user's name, the organisation they act for (the token's {@code org}
 * claim: a board, a provider or the council level) and their roles. Plain Java, so the
 * application layer can decide object-level access with it.
 */
public record Caller(String username, String organisation, Set<Role> roles) {

    public static final Caller ANONYMOUS = new Caller(null, null, Set.of());
    /** Where the security chain leaves the authenticated caller on the servlet request. */
    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean isAnonymous() {
        return username == null;
    }

    public boolean hasAny(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Whether the caller acts for the given organisation. */
    public boolean actsFor(String organisationId) {
        return organisation != null && Objects.equals(organisation, organisationId);
    }

    /** The caller has one of the roles and acts for the organisation. */
    public boolean actsFor(String organisationId, Role... wanted) {
        return hasAny(wanted) && actsFor(organisationId);
    }
}
