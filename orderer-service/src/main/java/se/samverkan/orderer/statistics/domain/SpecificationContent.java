package se.samverkan.orderer.statistics.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a version of a specification says: from when it applies, the age bands of its AGE_BAND
 * breakdowns and its measures in the board's order.
 *
 * @param validFrom the first day it applies to; may be null while it is a draft
 */
public record SpecificationContent(LocalDate validFrom, List<AgeBand> ageBands, List<Measure> measures) {

    public static final SpecificationContent EMPTY = new SpecificationContent(null, List.of(), List.of());

    public SpecificationContent {
        ageBands = List.copyOf(ageBands);
        measures = List.copyOf(measures);
    }

    public Optional<Measure> measure(String code) {
        return measures.stream().filter(measure -> measure.code().equals(code)).findFirst();
    }

    public boolean isEmpty() {
        return measures.isEmpty();
    }
}
