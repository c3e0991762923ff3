package se.samverkan.reporting.goalattainment.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One unit's figure of a measure for one period of the year, as it was last submitted: what an
 * indicator's actual is combined from.
 *
 * @param area        the part of the municipality the unit serves, or null
 * @param respondents a user survey's respondents, or null
 */
public record Observation(String unitId, String period, String area, BigDecimal value,
                          Map<String, BigDecimal> byGender, Map<String, BigDecimal> byAgeBand,
                          Map<String, BigDecimal> byArea, Integer respondents) {

    public Observation {
        byGender = byGender == null ? Map.of() : Map.copyOf(withoutNulls(byGender));
        byAgeBand = byAgeBand == null ? Map.of() : Map.copyOf(withoutNulls(byAgeBand));
        byArea = byArea == null ? Map.of() : Map.copyOf(withoutNulls(byArea));
    }

    /** The figure per area: as reported by area, otherwise the unit's total counted in the unit's own area. */
    Map<String, BigDecimal> perArea() {
        if (!byArea.isEmpty() || area == null || value == null) {
            return byArea;
        }
        return Map.of(area, value);
    }

    int weight() {
        return respondents == null || respondents < 0 ? 1 : respondents;
    }

    private static Map<String, BigDecimal> withoutNulls(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> kept = new java.util.LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key != null && value != null) {
                kept.put(key, value);
            }
        });
        return kept;
    }
}
