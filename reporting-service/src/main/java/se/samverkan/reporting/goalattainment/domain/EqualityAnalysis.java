package se.samverkan.reporting.goalattainment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Equality analysis (jämställdhetsanalys, jämlik styrning in 004): how far an indicator's actual
 * differs between women and men, and how widely it spreads across age bands and areas. A
 * difference beyond the threshold is flagged for the board to explain. For an indicator in
 * percent the difference is counted in percentage points; otherwise in percent of the larger
 * figure, so that a count and an amount are judged alike.
 *
 * @param thresholdPercent percentage points or percent, whichever the indicator's unit calls for
 */
public record EqualityAnalysis(BigDecimal thresholdPercent) {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    public EqualityAnalysis {
        Objects.requireNonNull(thresholdPercent, "thresholdPercent");
        if (thresholdPercent.signum() <= 0 || thresholdPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("the equality threshold must be above 0 and at most 100, not "
                    + thresholdPercent);
        }
    }

    /** How a difference is counted: in percentage points between percents, else in percent of the larger figure. */
    public enum Scale {
        PERCENTAGE_POINTS, PERCENT
    }

    /** Women's (K) and men's (M) figure, the difference and whether it is beyond the threshold. */
    public record GenderDifference(BigDecimal women, BigDecimal men, BigDecimal difference, Scale scale,
                                   boolean flagged) {
    }

    /** The lowest and highest figure across age bands or areas, the difference and whether it is beyond the threshold. */
    public record Spread(Map<String, BigDecimal> values, String lowest, String highest, BigDecimal difference,
                         Scale scale, boolean flagged) {
    }

    /** One indicator's analysis; empty parts where the figures are not broken down that way. */
    public record Result(Optional<GenderDifference> gender, Optional<Spread> ageBands, Optional<Spread> areas) {

        public boolean flagged() {
            return gender.map(GenderDifference::flagged).orElse(false) || ageBands.map(Spread::flagged).orElse(false)
                    || areas.map(Spread::flagged).orElse(false);
        }
    }

    public Result analyse(String unit, Actual actual) {
        Scale scale = isPercent(unit) ? Scale.PERCENTAGE_POINTS : Scale.PERCENT;
        return new Result(gender(actual.byGender(), scale), spread(actual.byAgeBand(), scale),
                spread(actual.byArea(), scale));
    }

    private Optional<GenderDifference> gender(Map<String, BigDecimal> byGender, Scale scale) {
        BigDecimal women = byGender.get("K");
        BigDecimal men = byGender.get("M");
        if (women == null || men == null) {
            return Optional.empty();
        }
        BigDecimal difference = difference(women, men, scale);
        return Optional.of(new GenderDifference(women, men, difference, scale, beyond(difference)));
    }

    private Optional<Spread> spread(Map<String, BigDecimal> values, Scale scale) {
        if (values.size() < 2) {
            return Optional.empty();
        }
        Map.Entry<String, BigDecimal> lowest = values.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
        Map.Entry<String, BigDecimal> highest = values.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        BigDecimal difference = difference(highest.getValue(), lowest.getValue(), scale);
        return Optional.of(new Spread(values, lowest.getKey(), highest.getKey(), difference, scale, beyond(difference)));
    }

    private static BigDecimal difference(BigDecimal a, BigDecimal b, Scale scale) {
        BigDecimal absolute = a.subtract(b).abs();
        if (scale == Scale.PERCENTAGE_POINTS) {
            return absolute.setScale(Aggregation.SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal larger = a.abs().max(b.abs());
        if (larger.signum() == 0) {
            return BigDecimal.ZERO.setScale(Aggregation.SCALE);
        }
        return absolute.multiply(HUNDRED).divide(larger, Aggregation.SCALE, RoundingMode.HALF_UP);
    }

    private boolean beyond(BigDecimal difference) {
        return difference.compareTo(thresholdPercent) > 0;
    }

    static boolean isPercent(String unit) {
        return unit != null && (unit.strip().equalsIgnoreCase("procent") || unit.strip().equals("%"));
    }
}
