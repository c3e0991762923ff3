package se.samverkan.gateway;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Security headers on every answer that passes the gateway. APIs serve JSON, never frames or
 * scripts; the portal's pages may load their own style sheet and submit their forms to
 * themselves, and nothing else (no scripts anywhere).
 */
@Component
class SecurityHeadersFilter implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Content-Security-Policy", exchange.getRequest().getPath().value().startsWith("/api/")
                    ? "default-src 'none'; frame-ancestors 'none'"
                    : "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
            headers.set("Cache-Control", headers.getCacheControl() == null ? "no-store" : headers.getCacheControl());
            if ("https".equals(exchange.getRequest().getURI().getScheme())) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
