package se.samverkan.gateway;

import java.net.InetSocketAddress;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Limits how fast one caller may call the APIs; above it the answer is 429 with Retry-After and
 * a problem detail. The caller is its IP address (X-Forwarded-For only behind a trusted
 * ingress); it becomes the authenticated client once identity is in place.
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
        return limiter.isAllowed("api", "ip:" + caller(exchange)).flatMap(response -> {
            response.getHeaders().forEach((name, value) -> exchange.getResponse().getHeaders().set(name, value));
            if (response.isAllowed()) {
                return chain.filter(exchange);
            }
            exchange.getResponse().getHeaders().set("Retry-After", "1");
            return Mono.error(new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                    "För många anrop på kort tid. Vänta en sekund och försök igen."));
        });
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
