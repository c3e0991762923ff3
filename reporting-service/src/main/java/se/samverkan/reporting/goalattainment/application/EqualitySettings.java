package se.samverkan.reporting.goalattainment.application;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import se.samverkan.reporting.goalattainment.domain.EqualityAnalysis;

/**
 * Settings of the reports ({@code samverkan.reporting.*}).
 *
 * @param equalityThresholdPercent a difference between women and men, or across age bands or
 *                                 areas, beyond this is flagged for the board to explain:
 *                                 percentage points for an indicator in percent, otherwise percent
 *                                 of the larger figure; 10 unless configured, above 0 and at most 100
 */
@ConfigurationProperties("samverkan.reporting")
public record EqualitySettings(BigDecimal equalityThresholdPercent) {

    static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.TEN;

    public EqualitySettings {
        equalityThresholdPercent = equalityThresholdPercent == null ? DEFAULT_THRESHOLD : equalityThresholdPercent;
        new EqualityAnalysis(equalityThresholdPercent); // fails start-up on a value outside (0, 100]
    }

    public EqualityAnalysis analysis() {
        return new EqualityAnalysis(equalityThresholdPercent);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EqualitySettings.class)
    static class Enable {
    }
}
