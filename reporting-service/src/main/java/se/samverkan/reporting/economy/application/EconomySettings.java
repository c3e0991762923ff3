package se.samverkan.reporting.economy.application;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the boards' economy ({@code samverkan.reporting.economy.*}), checked at start-up.
 *
 * @param priceBaseAmounts the price base amount (prisbasbelopp) per year in kronor, which the
 *                         government sets each year (2025: 58 800 kr, 2026: 59 200 kr); each
 *                         above zero with at most two decimals, years 1990–2100. A year that is
 *                         missing is said so in the economy report
 */
@ConfigurationProperties("samverkan.reporting.economy")
public record EconomySettings(Map<Integer, BigDecimal> priceBaseAmounts) {

    public EconomySettings {
        priceBaseAmounts = priceBaseAmounts == null ? Map.of() : Map.copyOf(new TreeMap<>(priceBaseAmounts));
        priceBaseAmounts.forEach((year, amount) -> {
            if (year == null || year < 1990 || year > 2100) {
                throw new IllegalArgumentException("samverkan.reporting.economy.price-base-amounts: the year must be "
                        + "1990-2100, was " + year);
            }
            if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("samverkan.reporting.economy.price-base-amounts." + year
                        + " must be kronor above zero with at most two decimals, was " + amount);
            }
        });
    }

    public Optional<BigDecimal> priceBaseAmount(int year) {
        return Optional.ofNullable(priceBaseAmounts.get(year));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EconomySettings.class)
    static class Enable {
    }
}
