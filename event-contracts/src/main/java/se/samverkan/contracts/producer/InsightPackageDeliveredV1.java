package se.samverkan.contracts.producer;

import java.util.List;

/**
 * A provider delivered the last item of a public-insight package an orderer board requested
 * under the agreement's insight clause. Published by producer-service.
 *
 * @param packageId              the package's id in producer-service
 * @param providerId             the provider
 * @param providerOrganisationId the {@code org} claim of the provider's users; may be null
 * @param boardOrganisationId    the {@code org} claim of the requesting board's officials
 * @param agreementId            the agreement whose insight clause it answers; may be null
 * @param title                  what the package is, e.g. {@code Insynsuppgifter 2026}
 * @param requestedOn            the day of the request, ISO date
 * @param dueOn                  the last day on time, ISO date
 * @param deliveredOn            the day the last item was delivered, ISO date
 * @param late                   {@code deliveredOn} is after {@code dueOn}
 * @param items                  every item with what was delivered
 * @param version                the package aggregate's version
 */
public record InsightPackageDeliveredV1(
        String packageId,
        String providerId,
        String providerOrganisationId,
        String boardOrganisationId,
        String agreementId,
        String title,
        String requestedOn,
        String dueOn,
        String deliveredOn,
        boolean late,
        List<ItemV1> items,
        long version) {

    /** A requested item and what the provider delivered for it. */
    public record ItemV1(String description, String content, String deliveredOn) {
    }
}
