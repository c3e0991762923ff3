package se.samverkan.gateway;

import java.net.InetSocketAddress;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Limits how fast one caller may call the APIs; above it the answer is 429 with Retry-After and
 * a problem detail. Two limits apply, each with its own bucket: one per IP address
 * (X-Forwarded-For only behind a trusted ingress) and, for a logged-in call, one per client
 * application and user (the token's azp and sub), so one user cannot starve the others behind
 * a shared address and one address cannot flood with many tokens.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimiter<?> limiter;
    private final boolean trustForwardedFor;

    RateLimitFilter(RateLimiter<?> limiter, GatewayProperties properties) {
        this.limiter = limiter;
        this.trustForwardedFor = properties.rateLimit().trustForwardedFor();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return allowed(exchange, "ip:" + caller(exchange))
                .flatMap(byAddress -> byAddress ? exchange.getPrincipal()
                        .filter(JwtAuthenticationToken.class::isInstance)
                        .map(principal -> client((JwtAuthenticationToken) principal))
                        .flatMap(client -> allowed(exchange, client))
                        .defaultIfEmpty(true) : Mono.just(false))
                .flatMap(allowed -> {
                    if (allowed) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set("Retry-After", "1");
                    return Mono.error(new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                            "För många anrop på kort tid. Vänta en sekund och försök igen."));
                });
    }

    private Mono<Boolean> allowed(ServerWebExchange exchange, String key) {
        return limiter.isAllowed("api", key).map(response -> {
            response.getHeaders().forEach((name, value) -> exchange.getResponse().getHeaders().set(name, value));
            return response.isAllowed();
        });
    }

    /** The client application and the user on whose behalf it calls. */
    private static String client(JwtAuthenticationToken token) {
        String application = token.getToken().getClaimAsString("azp");
        return "client:" + (application == null ? "-" : application) + ":" + token.getToken().getSubject();
    }

    private String caller(ServerWebExchange exchange) {
        if (trustForwardedFor) {
            String forwarded = exchange.getRequest().getHeaders().getFirst("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }
}
