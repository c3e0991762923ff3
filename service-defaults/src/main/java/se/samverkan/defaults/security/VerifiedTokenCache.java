package se.samverkan.defaults.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Remembers, for a short while, the tokens the service's decoder accepted, so a caller sending the
 * same token again is not checked against the signature each time: checking an RSA signature was
 * about a seventh of producer-service's CPU under the benchmark's submissions (a profile of the
 * Stockholm-size run). What is remembered is exactly what the decoder returned for exactly that
 * token; a token it refused is never remembered, and an accepted one is given again only until it
 * expires and at most {@link #LONGEST}, the time the decoder itself keeps the issuer's keys, so a
 * key withdrawn at the issuer stops being honoured as soon as it would have without this cache.
 * Bounded by {@link #TOKENS} entries.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    static final Duration LONGEST = Duration.ofMinutes(5);
    static final int TOKENS = 2_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokenCache(JwtDecoder decoder) {
        this(decoder, Clock.systemUTC(), Ticker.systemTicker());
    }

    VerifiedTokenCache(JwtDecoder decoder, Clock clock, Ticker ticker) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(TOKENS).ticker(ticker)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetime(jwt))).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt remembered = verified.getIfPresent(token);
        if (remembered != null && stillValid(remembered)) {
            return remembered;
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** Until the token expires, at most {@link #LONGEST}. */
    private Duration lifetime(Jwt jwt) {
        Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left.compareTo(LONGEST) > 0 ? LONGEST : left;
    }

    /** The expiry once more at the moment of use: the cache's own expiry is not exact to the millisecond. */
    private boolean stillValid(Jwt jwt) {
        Instant now = clock.instant();
        return jwt.getExpiresAt().isAfter(now) && (jwt.getNotBefore() == null || !jwt.getNotBefore().isAfter(now));
    }

    /** Wraps whatever {@link JwtDecoder} the service has (Spring Boot's from the issuer's properties, or a test's). */
    static BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokenCache)
                        ? new VerifiedTokenCache(decoder) : bean;
            }
        };
    }
}
