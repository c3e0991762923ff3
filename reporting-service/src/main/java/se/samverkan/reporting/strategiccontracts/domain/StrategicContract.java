package se.samverkan.reporting.strategiccontracts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A signed agreement as the council's strategic-contract report lists it. Built only from
 * orderer-service's events; a termination marks it ended but keeps it in the report, since the
 * council's yearly report accounts for every strategic contract that ran during the year.
 *
 * @param annualValueSek value per year in kronor, a decimal string as on the wire (never a double)
 * @param terminatedOn   the last day, when the agreement was terminated; null while it runs
 */
public record StrategicContract(String agreementId, String title, String boardId, String boardOrganisationId,
                                String providerId, String providerOrganisationId, String route, String serviceArea,
                                String startsOn, String endsOn, String annualValueSek, boolean strategic,
                                String contractManager, List<CategoryCount> requirementsPerCategory, String signedOn,
                                String terminatedOn, String terminationReason) {

    public StrategicContract {
        Objects.requireNonNull(agreementId, "agreementId");
        requirementsPerCategory = requirementsPerCategory == null ? List.of() : List.copyOf(requirementsPerCategory);
    }

    public boolean ended() {
        return terminatedOn != null;
    }

    /**
     * Whether the agreement ran for at least a day of the year: it started by the year's last day
     * and its last day (the earlier of its end and its termination) is not before the year's first.
     * An agreement whose start is not known is taken to run.
     */
    public boolean runsIn(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (startsOn != null && LocalDate.parse(startsOn).isAfter(last)) {
            return false;
        }
        LocalDate lastDay = endsOn == null ? null : LocalDate.parse(endsOn);
        if (terminatedOn != null && (lastDay == null || LocalDate.parse(terminatedOn).isBefore(lastDay))) {
            lastDay = LocalDate.parse(terminatedOn);
        }
        return lastDay == null || !lastDay.isBefore(first);
    }

    public long requirementCount() {
        return requirementsPerCategory.stream().mapToLong(CategoryCount::count).sum();
    }
}
