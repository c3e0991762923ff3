package se.samverkan.reporting.strategiccontracts.domain;

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

    public long requirementCount() {
        return requirementsPerCategory.stream().mapToLong(CategoryCount::count).sum();
    }
}
