package se.samverkan.gateway;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;

import reactor.core.publisher.Mono;

/**
 * A token bucket per caller, in this process: for the embedded run and a single gateway.
 * Several gateway replicas share limits through the Redis rate limiter instead.
 */
class InMemoryRateLimiter implements RateLimiter<Object> {

    private static final int MAX_CALLERS = 100_000;

    private final int replenishRate;
    private final int burstCapacity;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    InMemoryRateLimiter(int replenishRate, int burstCapacity, Clock clock) {
        this.replenishRate = replenishRate;
        this.burstCapacity = burstCapacity;
        this.clock = clock;
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        if (buckets.size() > MAX_CALLERS) {
            buckets.clear();
        }
        boolean allowed = buckets.computeIfAbsent(id, key -> new Bucket(burstCapacity, clock.millis()))
                .take(replenishRate, burstCapacity, clock.millis());
        return Mono.just(new Response(allowed, Map.of(
                "X-RateLimit-Replenish-Rate", String.valueOf(replenishRate),
                "X-RateLimit-Burst-Capacity", String.valueOf(burstCapacity))));
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

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized boolean take(int rate, int capacity, long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * rate / 1000.0);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
