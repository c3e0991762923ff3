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

    /** One measure's figure; {@code byGender} holds K (kvinnor), M (män), T (totalt) where reported. */
    public record Figure(String measure, String valueType, BigDecimal value, String text,
                         Map<String, BigDecimal> byGender) {
    }

    public Optional<Figure> figure(String measure) {
        return values.stream().filter(figure -> figure.measure().equals(measure)).findFirst();
    }
}
