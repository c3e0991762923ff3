package se.samverkan.producer.statistics.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measure's checked figures in a submission.
 *
 * @param value     the total; null for a TEXT measure
 * @param byGender  {@code K}, {@code M}, {@code T} as given; empty when the measure is not broken down by gender
 * @param byAgeBand per age band of the specification; empty when not broken down by age
 * @param byArea    per area; empty when not broken down by area
 */
public record ReportedValue(String measure, ValueType valueType, BigDecimal value, String text,
                            Map<String, BigDecimal> byGender, Map<String, BigDecimal> byAgeBand,
                            Map<String, BigDecimal> byArea, Integer respondents, BigDecimal responseRate) {

    public ReportedValue {
        byGender = ordered(byGender);
        byAgeBand = ordered(byAgeBand);
        byArea = ordered(byArea);
    }

    private static Map<String, BigDecimal> ordered(Map<String, BigDecimal> map) {
        Map<String, BigDecimal> kept = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((key, value) -> {
                if (value != null) {
                    kept.put(key, value);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(kept);
    }
}
