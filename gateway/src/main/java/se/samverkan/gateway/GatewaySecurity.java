package se.samverkan.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway is an OAuth2 resource server: a token, when sent, must be valid (signature,
 * issuer, audience, expiry), and every API except the public portal's needs one; the portal's
 * pages ({@code /} and {@code /jamfor/...}) are open for reading, and the web client's pages
 * ({@code /app/...}) are passed to it, which has its own sign-in. The token is
 * relayed unchanged in the Authorization header, and every service validates it again and
 * decides by role and organisation. The admin APIs of the services are reachable here only
 * with the administrator role.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

    static final String ADMINISTRATOR = "administrator";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http) {
        return http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .pathMatchers("/actuator/**").hasRole(ADMINISTRATOR)
                        .pathMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/v1/public/**", "/api/v1/openapi/*").permitAll()
                        .pathMatchers(HttpMethod.GET, "/", "/jamfor", "/jamfor/**").permitAll()
                        // the web client signs its users in itself (a session, OpenID Connect) and sends each API
                        // call back through here with the user's token, where it is checked as any other
                        .pathMatchers("/app", "/app/**").permitAll()
                        .pathMatchers("/api/v1/admin/**").hasRole(ADMINISTRATOR)
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers("/fallback/**").permitAll()
                        .anyExchange().denyAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(GatewaySecurity::authentication))
                        .authenticationEntryPoint((exchange, error) -> unauthenticated(exchange))
                        .accessDeniedHandler((exchange, denied) -> forbidden(exchange)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((exchange, error) -> unauthenticated(exchange))
                        .accessDeniedHandler((exchange, denied) -> forbidden(exchange)))
                .build();
    }

    /** The roles claim as ROLE_ authorities, the user name as the principal's name. */
    static Mono<JwtAuthenticationToken> authentication(Jwt jwt) {
        Object claim = jwt.getClaims().get("roles");
        List<GrantedAuthority> authorities = claim instanceof Collection<?> roles
                ? roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList()
                : List.of();
        String name = jwt.getClaimAsString("preferred_username");
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, name != null ? name : jwt.getSubject()));
    }

    private static Mono<Void> unauthenticated(ServerWebExchange exchange) {
        boolean tokenGiven = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION) != null;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, tokenGiven
                ? "Bearer error=\"invalid_token\", error_description=\"The token is invalid or has expired\""
                : "Bearer");
        return write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Inte inloggad", tokenGiven
                ? "Inloggningen är ogiltig eller har gått ut. Logga in igen och skicka den nya token."
                : "Logga in först: skicka en giltig token i Authorization-huvudet (Bearer).");
    }

    private static Mono<Void> forbidden(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Behörighet saknas",
                "Din roll får inte göra detta. Kontakta systemförvaltaren om du behöver behörigheten.");
    }

    private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title,
                                    String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = JSON.writeValueAsString(Map.of("type", "urn:samverkan:problem:" + type, "title", title,
                "status", status.value(), "detail", detail, "instance", exchange.getRequest().getPath().value()))
                .getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
