package se.samverkan.contracts.orderer;

import java.util.List;

/**
 * An orderer board authorised a provider's application to its LOV choice system: the provider
 * may now be chosen by citizens in the service area on the rulebook's terms. Published by
 * orderer-service. orderer-service itself reads it to conclude the authorisation agreement
 * (route {@code LOV}) with the id given here, once, so the application's decision and the
 * agreement are never half written.
 *
 * @param applicationId          the application's id
 * @param agreementId            the id the authorisation agreement gets (the same for every delivery)
 * @param boardId                the board whose choice system it is
 * @param boardOrganisationId    the {@code org} claim of the board's officials
 * @param providerId             the provider's id (producer-service's)
 * @param providerOrganisationId the {@code org} claim of the provider's users; null if unknown
 * @param serviceArea            service-area code, e.g. {@code HOME_CARE}
 * @param rulebookId             the rulebook (förfrågningsunderlag) applied to
 * @param rulebookReference      the rulebook's reference, e.g. {@code VON 2027/14}
 * @param title                  the title the agreement gets
 * @param startsOn               the first day the provider may be chosen, ISO date
 * @param estimatedAnnualValueSek the rulebook's estimate of a provider's yearly volume in kronor, a decimal string
 * @param valueLevel             {@code LOW} or {@code HIGH}, for the contract register
 * @param impactLevel            {@code LOW} or {@code HIGH}, for the contract register
 * @param requirements           the rulebook's requirements, which bind every authorised provider alike
 * @param decidedOn              the day of the authorisation decision, ISO date
 * @param version                the application aggregate's version
 */
public record LovApplicationAuthorisedV1(
        String applicationId,
        String agreementId,
        String boardId,
        String boardOrganisationId,
        String providerId,
        String providerOrganisationId,
        String serviceArea,
        String rulebookId,
        String rulebookReference,
        String title,
        String startsOn,
        String estimatedAnnualValueSek,
        String valueLevel,
        String impactLevel,
        List<RequirementV1> requirements,
        String decidedOn,
        long version) {

    /** A requirement of the rulebook: category from the catalogue, text, and how it is followed up. */
    public record RequirementV1(String category, String text, String followUpMethod) {
    }
}
