package se.samverkan.reporting.missingsubmissions.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A published version of a board's statistics specification for one service area, reduced to
 * what it asks of the units: the frequencies for which it has at least one required measure the
 * provider reports (not one taken from a source system). It applies from {@code validFrom} until
 * the next version's.
 */
public record SpecificationVersion(String specificationId, String boardId, String boardOrganisationId,
                                   String serviceArea, int version, LocalDate validFrom, Set<Frequency> owed) {

    public SpecificationVersion {
        owed = owed == null ? Set.of() : Set.copyOf(owed);
    }

    public boolean owesAnything(Frequency frequency) {
        return owed.contains(frequency);
    }

    /**
     * The version in force for the period: the one with the latest {@code validFrom} on or before
     * the period's last day, so a version that starts within the period governs it.
     */
    public static Optional<SpecificationVersion> inForce(List<SpecificationVersion> versions, ReportingPeriod period) {
        return versions.stream().filter(version -> !version.validFrom().isAfter(period.lastDay()))
                .max(Comparator.comparing(SpecificationVersion::validFrom)
                        .thenComparingInt(SpecificationVersion::version));
    }
}
