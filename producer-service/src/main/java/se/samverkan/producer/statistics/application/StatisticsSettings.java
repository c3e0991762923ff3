package se.samverkan.producer.statistics.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

import se.samverkan.producer.statistics.domain.DueDates;

/**
 * Statistics settings of producer-service.
 *
 * @param dueDayOfFollowingMonth the day of the month after a period on which its statistics are due (1–28)
 */
@Validated
@ConfigurationProperties("samverkan.statistics")
public record StatisticsSettings(@Min(1) @Max(28) @DefaultValue("15") int dueDayOfFollowingMonth) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StatisticsSettings.class)
    static class StatisticsConfiguration {

        @Bean
        DueDates statisticsDueDates(StatisticsSettings settings) {
            return new DueDates(settings.dueDayOfFollowingMonth());
        }
    }
}
