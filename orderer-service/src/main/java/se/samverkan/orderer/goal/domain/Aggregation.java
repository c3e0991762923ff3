package se.samverkan.orderer.goal.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the figures the units report for an indicator's measure are combined into the board's
 * figure for a year: counts are added up, percents averaged.
 */
public enum Aggregation {
    /** Added up over the units and the year's periods (antal, timmar, kronor). */
    SUM,
    /** The plain mean of the units' and periods' figures. */
    AVERAGE,
    /** The mean weighted by each figure's number of respondents (user surveys); a figure without respondents weighs one. */
    WEIGHTED_AVERAGE;

    public static Optional<Aggregation> parse(String code) {
        return Arrays.stream(values()).filter(aggregation -> aggregation.name().equals(code)).findFirst();
    }

    /** What an indicator measured by a statistics measure uses when its board names no aggregation. */
    public static Aggregation defaultFor(String unit) {
        return unit != null && (unit.equalsIgnoreCase("procent") || unit.equals("%")) ? AVERAGE : SUM;
    }
}
