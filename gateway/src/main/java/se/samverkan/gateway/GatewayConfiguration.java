package se.samverkan.gateway;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.WebSessionManager;

import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
class GatewayConfiguration {

    /** The gateway is stateless: no web session is created for any request. */
    @Bean
    WebSessionManager webSessionManager() {
        return exchange -> Mono.<WebSession>empty();
    }

    @Bean
    @Primary
    @ConditionalOnProperty(name = "samverkan.gateway.rate-limit.backend", havingValue = "in-memory", matchIfMissing = true)
    RateLimiter<?> inMemoryRateLimiter(GatewayProperties properties) {
        return new InMemoryRateLimiter(properties.rateLimit().replenishRate(), properties.rateLimit().burstCapacity(),
                Clock.systemUTC());
    }

    /** Shared by every gateway replica; Spring Cloud Gateway's script in Redis does the counting. */
    @Bean
    @Primary
    @ConditionalOnProperty(name = "samverkan.gateway.rate-limit.backend", havingValue = "redis")
    RateLimiter<?> sharedRateLimiter(RedisRateLimiter redis, GatewayProperties properties) {
        redis.getConfig().put("api", new RedisRateLimiter.Config()
                .setReplenishRate(properties.rateLimit().replenishRate())
                .setBurstCapacity(properties.rateLimit().burstCapacity())
                .setRequestedTokens(1));
        return redis;
    }
}
