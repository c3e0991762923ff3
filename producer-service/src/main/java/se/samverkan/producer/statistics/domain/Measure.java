package se.samverkan.producer.statistics.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One measure of a specification version, as far as checking a submission needs it.
 *
 * @param sourceSystem the system the figure comes from; null when the provider reports it
 */
public record Measure(String code, String name, String category, ValueType valueType, Frequency frequency,
                      boolean required, Set<Breakdown> breakdowns, BigDecimal minValue, BigDecimal maxValue,
                      boolean reportsRespondents, boolean reportsResponseRate, String sourceSystem) {

    public Measure {
        breakdowns = breakdowns == null || breakdowns.isEmpty() ? Set.of() : Set.copyOf(breakdowns);
    }

    public boolean isBrokenDownBy(Breakdown breakdown) {
        return breakdowns.contains(breakdown);
    }

    /** The provider reports it (it is not taken from a source system). */
    public boolean reportedByProvider() {
        return sourceSystem == null || sourceSystem.isBlank();
    }

    /** Every unit must report it for each period of its frequency. */
    public boolean isOwedBy(Frequency periodFrequency) {
        return required && reportedByProvider() && frequency == periodFrequency;
    }
}
