package se.samverkan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** The two limits: every call counts against its IP address, a logged-in call also against its client and user. */
class RateLimitFilterTest {

    private final List<String> keys = new ArrayList<>();

    @Test
    void aLoggedInCallIsCountedPerAddressAndPerClientAndUser() {
        filter(allowExcept("none")).filter(exchange(token("user-1")), e -> Mono.empty()).block();
        filter(allowExcept("none")).filter(exchange(null), e -> Mono.empty()).block();

        assertThat(keys).containsExactly("ip:10.1.2.3", "client:samverkan-web:user-1", "ip:10.1.2.3");
    }

    @Test
    void aUserOverTheirLimitIsRefusedEvenFromAnAddressWithRoomLeft() {
        Mono<Void> call = filter(allowExcept("client:samverkan-web:greedy"))
                .filter(exchange(token("greedy")), e -> Mono.empty());

        assertThat(call.onErrorResume(ResponseStatusException.class, e -> {
            assertThat(e.getStatusCode().value()).isEqualTo(429);
            return Mono.empty();
        }).then(Mono.just("done")).block()).isEqualTo("done");
        assertThat(keys).containsExactly("ip:10.1.2.3", "client:samverkan-web:greedy");
    }

    private RateLimitFilter filter(RateLimiter<Object> limiter) {
        return new RateLimitFilter(limiter, new GatewayProperties(DataSize.ofMegabytes(1),
                new GatewayProperties.RateLimit(GatewayProperties.Backend.IN_MEMORY, 50, 100, false),
                List.of("http://localhost:8080")));
    }

    private RateLimiter<Object> allowExcept(String refusedKey) {
        return new RateLimiter<>() {
            @Override
            public Mono<Response> isAllowed(String routeId, String id) {
                keys.add(id);
                return Mono.just(new Response(!id.equals(refusedKey), Map.of()));
            }

            @Override
            public Map<String, Object> getConfig() {
                return Map.of();
            }

            @Override
            public Class<Object> getConfigClass() {
                return Object.class;
            }

            @Override
            public Object newConfig() {
                return new Object();
            }
        };
    }

    private static ServerWebExchange exchange(JwtAuthenticationToken principal) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/providers")
                .remoteAddress(new InetSocketAddress("10.1.2.3", 40000)));
        return principal == null ? exchange : exchange.mutate().principal(Mono.just(principal)).build();
    }

    private static JwtAuthenticationToken token(String subject) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject(subject).claim("azp", "samverkan-web")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        return new JwtAuthenticationToken(jwt, List.of(), subject);
    }
}
