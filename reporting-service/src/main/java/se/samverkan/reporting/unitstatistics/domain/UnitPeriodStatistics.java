package se.samverkan.reporting.unitstatistics.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The latest submitted statistics of one unit for one period, as producer-service announced
 * them: the figures goal attainment and the per-unit comparisons are compiled from.
 */
public record UnitPeriodStatistics(String unitId, String unitName, String providerId, String providerOrganisationId,
                                   String serviceArea, String area, String period, String frequency,
                                   String periodStart, String boardOrganisationId, String specificationId,
                                   int specificationVersion, int version, boolean late, Instant submittedAt,
                                   List<Figure> values) {

    public UnitPeriodStatistics {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /**
     * One measure's figure; {@code byGender} holds K (kvinnor), M (män), T (totalt) where reported,
     * {@code byAgeBand} one number per age band, {@code byArea} one per area of the municipality;
     * {@code respondents} a user survey's number of respondents, else null.
     */
    public record Figure(String measure, String valueType, BigDecimal value, String text,
                         Map<String, BigDecimal> byGender, Map<String, BigDecimal> byAgeBand,
                         Map<String, BigDecimal> byArea, Integer respondents) {

        public Figure {
            byGender = byGender == null ? Map.of() : byGender;
            byAgeBand = byAgeBand == null ? Map.of() : byAgeBand;
            byArea = byArea == null ? Map.of() : byArea;
        }

        public Figure(String measure, String valueType, BigDecimal value, String text,
                      Map<String, BigDecimal> byGender) {
            this(measure, valueType, value, text, byGender, Map.of(), Map.of(), null);
        }
    }

    public Optional<Figure> figure(String measure) {
        return values.stream().filter(figure -> figure.measure().equals(measure)).findFirst();
    }
}
