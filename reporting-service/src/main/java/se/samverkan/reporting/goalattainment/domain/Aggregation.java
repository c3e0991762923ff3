package se.samverkan.reporting.goalattainment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
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

    /** A figure combined as this aggregation says, one value at a time: only the running sums are kept. */
    Running running() {
        return new Running(this);
    }

    /** The running sum (and, for the averages, the weights) of the values added so far. */
    static final class Running {

        private final Aggregation aggregation;
        private BigDecimal sum = BigDecimal.ZERO;
        private BigDecimal weights = BigDecimal.ZERO;

        private Running(Aggregation aggregation) {
            this.aggregation = aggregation;
        }

        /** Adds a value with the weight it carries in a weighted average (ignored by the others). */
        void add(BigDecimal value, int weight) {
            BigDecimal counted = aggregation == WEIGHTED_AVERAGE ? BigDecimal.valueOf(weight) : BigDecimal.ONE;
            sum = sum.add(aggregation == SUM ? value : value.multiply(counted));
            weights = weights.add(counted);
        }

        /**
         * The combined figure of the values added, or empty when there are none (a sum and a mean
         * count each value once) or when they all weigh nothing.
         */
        Optional<BigDecimal> result() {
            if (weights.signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(aggregation == SUM ? sum : sum.divide(weights, SCALE, RoundingMode.HALF_UP));
        }
    }
}
