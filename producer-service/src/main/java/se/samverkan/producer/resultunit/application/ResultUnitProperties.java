package se.samverkan.producer.resultunit.application;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import se.samverkan.producer.resultunit.domain.MajorDeviationRule;

/**
 * Settings of the result-unit follow-up ({@code samverkan.result-units.*}).
 *
 * @param majorDeviationPercent a deviation is major, and needs an action plan, when the result to
 *                              date is below the budget to date by more than this percentage of
 *                              the budgeted revenues to date; 2 unless configured, 0–100
 */
@ConfigurationProperties("samverkan.result-units")
public record ResultUnitProperties(BigDecimal majorDeviationPercent) {

    static final BigDecimal DEFAULT_MAJOR_DEVIATION_PERCENT = new BigDecimal("2");

    public ResultUnitProperties {
        majorDeviationPercent = majorDeviationPercent == null ? DEFAULT_MAJOR_DEVIATION_PERCENT : majorDeviationPercent;
        new MajorDeviationRule(majorDeviationPercent); // fails start-up on a value outside 0-100
    }

    public MajorDeviationRule majorDeviationRule() {
        return new MajorDeviationRule(majorDeviationPercent);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ResultUnitProperties.class)
    static class Enable {
    }
}
