package se.samverkan.defaults.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The cache of verified tokens in front of the service's decoder, on a clock the test moves. */
class VerifiedTokenCacheTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T08:00:00Z"));
    private final List<String> decoded = new ArrayList<>();
    private Instant expiresAt = now.get().plus(Duration.ofMinutes(30));
    private boolean refuse;

    private final JwtDecoder decoder = token -> {
        decoded.add(token);
        if (refuse || token.startsWith("forged")) {
            throw new BadJwtException("An error occurred while attempting to decode the Jwt: Signature invalid");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject(token).issuedAt(now.get())
                .expiresAt(expiresAt).build();
    };
    private final VerifiedTokenCache cache = new VerifiedTokenCache(decoder, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }, () -> now.get().toEpochMilli() * 1_000_000);

    @Test
    void aTokenSentAgainIsNotVerifiedAgainAndEachTokenGetsItsOwnClaims() {
        Jwt first = cache.decode("token-a");
        Jwt again = cache.decode("token-a");
        Jwt other = cache.decode("token-b");

        assertThat(decoded).containsExactly("token-a", "token-b");
        assertThat(again).isSameAs(first);
        assertThat(other.getSubject()).isEqualTo("token-b");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
        assertThatThrownBy(() -> cache.decode("forged-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged-token")).isInstanceOf(BadJwtException.class);

        assertThat(decoded).containsExactly("forged-token", "forged-token");
    }

    @Test
    void anExpiredTokenGoesBackToTheDecoderWhichHasTheLastWord() {
        expiresAt = now.get().plus(Duration.ofMinutes(2));
        cache.decode("token-a");
        now.set(now.get().plus(Duration.ofMinutes(2)).plusSeconds(1));
        refuse = true;

        assertThatThrownBy(() -> cache.decode("token-a")).isInstanceOf(BadJwtException.class);
        assertThat(decoded).containsExactly("token-a", "token-a");
    }

    @Test
    void aTokenIsRememberedAtMostFiveMinutesHoweverLongItLives() {
        cache.decode("token-a");
        now.set(now.get().plus(VerifiedTokenCache.LONGEST).minusSeconds(1));
        cache.decode("token-a");
        assertThat(decoded).hasSize(1);

        now.set(now.get().plusSeconds(2));
        refuse = true;
        assertThatThrownBy(() -> cache.decode("token-a")).isInstanceOf(BadJwtException.class);
        assertThat(decoded).hasSize(2);
    }
}
