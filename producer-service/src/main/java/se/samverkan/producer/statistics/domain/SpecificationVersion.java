package se.samverkan.producer.statistics.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A published version of an orderer board's statistics specification for one service area, as
 * producer-service learnt it from {@code statistics-specification.published.v1}. It applies
 * from {@code validFrom} until the next version's {@code validFrom}.
 */
public record SpecificationVersion(String specificationId, String boardId, String boardOrganisationId,
                                   String serviceArea, int version, LocalDate validFrom, List<String> ageBands,
                                   List<Measure> measures) {

    public SpecificationVersion {
        ageBands = ageBands == null ? List.of() : List.copyOf(ageBands);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    public Optional<Measure> measure(String code) {
        return measures.stream().filter(measure -> measure.code().equals(code)).findFirst();
    }

    /** Whether a unit owes anything for a period of this frequency under this version. */
    public boolean owesAnything(Frequency frequency) {
        return measures.stream().anyMatch(measure -> measure.isOwedBy(frequency));
    }

    /**
     * The version of a specification in force for the period: the one with the latest
     * {@code validFrom} on or before the period's last day, so a version that starts within
     * the period governs it.
     */
    public static Optional<SpecificationVersion> inForce(List<SpecificationVersion> versions, ReportingPeriod period) {
        return versions.stream().filter(version -> !version.validFrom().isAfter(period.lastDay()))
                .max((a, b) -> a.validFrom().equals(b.validFrom()) ? Integer.compare(a.version(), b.version())
                        : a.validFrom().compareTo(b.validFrom()));
    }
}
