package se.samverkan.orderer.statistics.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A measure as an official wrote it, unchecked: codes as text, anything may be missing. The
 * specification's rules turn it into a {@link Measure} or say everything that is wrong with it.
 */
public record MeasureInput(
        String code,
        String name,
        String definition,
        String category,
        String valueType,
        String unit,
        String frequency,
        Boolean required,
        List<String> breakdowns,
        BigDecimal minValue,
        BigDecimal maxValue,
        Boolean reportsRespondents,
        Boolean reportsResponseRate,
        String volumeMeasure,
        String resourceMeasure,
        String sourceSystem) {
}
