package se.samverkan.reporting.missingsubmissions.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

import se.samverkan.reporting.missingsubmissions.domain.DueDates;

/**
 * The statistics due day, under the same name as producer-service's setting so one value
 * configures both: what producer-service calls late, this service calls missing.
 *
 * @param dueDayOfFollowingMonth the day of the month after a period on which its statistics are due (1–28)
 */
@Validated
@ConfigurationProperties("samverkan.statistics")
public record MissingSubmissionSettings(@Min(1) @Max(28) @DefaultValue("15") int dueDayOfFollowingMonth) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MissingSubmissionSettings.class)
    static class MissingSubmissionConfiguration {

        @Bean
        DueDates missingSubmissionDueDates(MissingSubmissionSettings settings) {
            return new DueDates(settings.dueDayOfFollowingMonth());
        }
    }
}
