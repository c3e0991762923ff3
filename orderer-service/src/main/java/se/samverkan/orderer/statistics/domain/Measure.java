package se.samverkan.orderer.statistics.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One measure (mått, nyckeltal) of a statistics specification, checked: what each unit reports,
 * in what unit, how often and broken down how. Made by the specification's rules, never directly
 * from a request.
 *
 * @param definition          how the figure is counted; may be null
 * @param unit                the unit of a COUNT or AMOUNT; null for PERCENT and TEXT
 * @param minValue            the lowest value a report may give; 0 or more for COUNT and PERCENT; may be null
 * @param maxValue            the highest value a report may give; at most 100 for PERCENT; may be null
 * @param reportsRespondents  a USER_SURVEY result comes with its number of respondents
 * @param reportsResponseRate a USER_SURVEY result comes with its response rate
 * @param volumeMeasure       a PRODUCTIVITY measure: the code of the VOLUME measure it relates; else null
 * @param resourceMeasure     a PRODUCTIVITY measure: the code of the RESOURCE measure it relates; else null
 * @param sourceSystem        the system the figure is taken from instead of the provider's report; may be null
 */
public record Measure(
        String code,
        String name,
        String definition,
        MeasureCategory category,
        ValueType valueType,
        String unit,
        Frequency frequency,
        boolean required,
        List<Breakdown> breakdowns,
        BigDecimal minValue,
        BigDecimal maxValue,
        boolean reportsRespondents,
        boolean reportsResponseRate,
        String volumeMeasure,
        String resourceMeasure,
        String sourceSystem) {

    public Measure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(frequency, "frequency");
        breakdowns = List.copyOf(breakdowns);
    }

    /** The provider reports it, rather than the board taking it from a system. */
    public boolean isReportedByProvider() {
        return sourceSystem == null;
    }
}
