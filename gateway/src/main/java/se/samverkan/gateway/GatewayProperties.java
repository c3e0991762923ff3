package se.samverkan.gateway;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's own protections.
 *
 * @param maxBodySize    the largest request body accepted; larger ones get 413
 * @param rateLimit      requests per caller on /api/**
 * @param allowedOrigins the web clients' origins allowed by CORS
 */
@Validated
@ConfigurationProperties("samverkan.gateway")
public record GatewayProperties(
        @NotNull @DefaultValue("1MB") DataSize maxBodySize,
        @Valid @NotNull @DefaultValue RateLimit rateLimit,
        @NotNull @DefaultValue("http://localhost:8080") List<String> allowedOrigins) {

    /**
     * @param backend           {@code in-memory} (one gateway, the embedded run) or {@code redis} (shared by replicas)
     * @param replenishRate     requests per second a caller may sustain
     * @param burstCapacity     requests a caller may make at once
     * @param trustForwardedFor take the caller's address from X-Forwarded-For (only behind a trusted ingress)
     */
    public record RateLimit(
            @NotNull @DefaultValue("in-memory") Backend backend,
            @Positive @DefaultValue("50") int replenishRate,
            @Positive @DefaultValue("100") int burstCapacity,
            @DefaultValue("false") boolean trustForwardedFor) {
    }

    public enum Backend { IN_MEMORY, REDIS }
}
