package se.samverkan.transparency.portal.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One measure's figures of one unit and period as the provider reported them, before any
 * disclosure control.
 *
 * @param byGender    {@code K}, {@code M}, {@code T} where broken down by gender; empty otherwise
 * @param respondents a user survey's number of respondents; null for other measures
 */
public record MeasureFigures(String measure, String valueType, BigDecimal value, Map<String, BigDecimal> byGender,
                             Integer respondents, BigDecimal responseRate) {

    public static final String WOMEN = "K";
    public static final String MEN = "M";
    public static final String TOTAL = "T";

    public MeasureFigures {
        Objects.requireNonNull(measure, "measure");
        byGender = byGender == null ? Map.of() : Map.copyOf(byGender);
    }

    /** A user survey: its figures rest on the respondents. */
    public boolean isSurvey() {
        return respondents != null;
    }

    /** A count of people or events: each figure is itself the number behind it. */
    public boolean isCount() {
        return "COUNT".equals(valueType);
    }

    /** The total: the value, or the gender breakdown's T where the value is missing. */
    public BigDecimal total() {
        return value != null ? value : byGender.get(TOTAL);
    }
}
