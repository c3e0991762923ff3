package se.samverkan.reporting.goalattainment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How the units' figures of an indicator's measure make the board's figure for a year, as the
 * board said when it tied the indicator to the measure ({@code board-goals.adopted.v1}).
 */
public enum Aggregation {
    /** Added up over the units and the year's periods. */
    SUM,
    /** The plain mean. */
    AVERAGE,
    /** The mean weighted by each figure's respondents; a figure without respondents weighs one. */
    WEIGHTED_AVERAGE;

    static final int SCALE = 2;

    /** The board's code; an unknown or missing one is read as {@link #SUM}, as the contract says. */
    public static Aggregation of(String code) {
        return Arrays.stream(values()).filter(aggregation -> aggregation.name().equals(code)).findFirst().orElse(SUM);
    }

    /** The combined figure of these weighted values, or empty when there are none. */
    Optional<BigDecimal> combine(List<Weighted> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Weighted value : values) {
            BigDecimal weight = this == WEIGHTED_AVERAGE ? BigDecimal.valueOf(value.weight()) : BigDecimal.ONE;
            sum = sum.add(this == SUM ? value.value() : value.value().multiply(weight));
            weights = weights.add(weight);
        }
        if (this == SUM) {
            return Optional.of(sum);
        }
        if (weights.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(sum.divide(weights, SCALE, RoundingMode.HALF_UP));
    }

    /** A figure with the weight it carries in a weighted average. */
    record Weighted(BigDecimal value, int weight) {
    }
}
