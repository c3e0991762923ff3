package se.samverkan.reporting.goalattainment.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One indicator's attainment for a year: its actual against the year's target, read in the
 * direction that is better.
 *
 * @param direction {@code INCREASE}, {@code DECREASE} or {@code KEEP} as the board adopted it
 * @param actual    empty for an indicator not tied to a statistics measure
 */
public record IndicatorAttainment(String indicatorId, String name, String unit, String direction,
                                  String measureCode, Aggregation aggregation, Optional<BigDecimal> target,
                                  Optional<Actual> actual, IndicatorStatus status) {

    /** How far an indicator that should keep its level may stray from the target: 5 % of it. */
    static final BigDecimal KEEP_TOLERANCE = new BigDecimal("0.05");

    public static IndicatorAttainment measure(String indicatorId, String name, String unit, String direction,
                                              String measureCode, Aggregation aggregation,
                                              Optional<BigDecimal> target, Optional<Actual> actual) {
        return new IndicatorAttainment(indicatorId, name, unit, direction, measureCode, aggregation, target, actual,
                status(direction, measureCode, target, actual));
    }

    /**
     * The actual against the year's target: higher is on target for an indicator that should
     * increase, lower for one that should decrease, and within 5 % of the target for one that
     * should keep its level. An actual exactly at the target is on target.
     */
    static IndicatorStatus status(String direction, String measureCode, Optional<BigDecimal> target,
                                  Optional<Actual> actual) {
        if (measureCode == null) {
            return IndicatorStatus.NOT_MEASURED;
        }
        if (target.isEmpty()) {
            return IndicatorStatus.NO_TARGET;
        }
        Optional<BigDecimal> total = actual.flatMap(Actual::total);
        if (total.isEmpty()) {
            return IndicatorStatus.NO_FIGURES;
        }
        BigDecimal value = total.get();
        BigDecimal goal = target.get();
        boolean onTarget;
        if ("DECREASE".equals(direction)) {
            onTarget = value.compareTo(goal) <= 0;
        } else if ("KEEP".equals(direction)) {
            onTarget = value.subtract(goal).abs().compareTo(goal.abs().multiply(KEEP_TOLERANCE)) <= 0;
        } else {
            onTarget = value.compareTo(goal) >= 0;
        }
        return onTarget ? IndicatorStatus.ON_TARGET : IndicatorStatus.OFF_TARGET;
    }
}
