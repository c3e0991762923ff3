package se.samverkan.reporting.missingsubmissions.domain;

import java.time.LocalDate;

/**
 * A provider's signed agreement with a board for a service area: the provider's units in that
 * area report the board's statistics for the periods it runs.
 *
 * @param endsOn       the agreed last day; null when open-ended
 * @param terminatedOn the last day after a termination; null when not terminated
 */
public record Agreement(String agreementId, String providerId, String providerOrganisationId, String boardId,
                        String boardOrganisationId, String serviceArea, LocalDate startsOn, LocalDate endsOn,
                        LocalDate terminatedOn) {

    /** The last day the agreement runs, or null when open-ended. */
    public LocalDate lastDay() {
        if (terminatedOn != null && (endsOn == null || terminatedOn.isBefore(endsOn))) {
            return terminatedOn;
        }
        return endsOn;
    }

    /** Whether the agreement covers the unit's service area for at least one day of the period. */
    public boolean covers(String unitServiceArea, ReportingPeriod period) {
        return serviceArea != null && serviceArea.equals(unitServiceArea) && startsOn != null
                && period.overlaps(startsOn, lastDay());
    }
}
