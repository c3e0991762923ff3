package se.samverkan.contracts.orderer;

import java.util.List;

/**
 * An orderer board signed an agreement with a provider, whatever the procurement route. Published
 * by orderer-service. Followers (producer-service for statistics duties, reporting-service for
 * the strategic-contract report, transparency-service for public insight) read it.
 *
 * @param agreementId            the agreement's id in orderer-service
 * @param boardId                the board that signed
 * @param boardOrganisationId    the {@code org} claim of the board's officials
 * @param providerId             the provider's id (producer-service's)
 * @param providerOrganisationId the {@code org} claim of the provider's users; null if unknown
 * @param route                  {@code LOV}, {@code LOU}, {@code DIRECT_ORDER} or {@code IOP}
 * @param serviceArea            service-area code, e.g. {@code HOME_CARE}
 * @param title                  the agreement's title
 * @param startsOn               first day, ISO date
 * @param endsOn                 last day, ISO date; null for an open-ended LOV authorisation
 * @param annualValueSek         value per year in kronor, as a decimal string
 * @param strategic              high value and high impact: reported to the council
 * @param legallyBinding         false for a direct order to the in-house production
 * @param contractManager        the contract manager (avtalsansvarig), or null
 * @param requirements           every requirement with how it is followed up
 * @param signedOn               the day it was signed, ISO date
 * @param version                the agreement aggregate's version; higher wins
 */
public record AgreementSignedV1(
        String agreementId,
        String boardId,
        String boardOrganisationId,
        String providerId,
        String providerOrganisationId,
        String route,
        String serviceArea,
        String title,
        String startsOn,
        String endsOn,
        String annualValueSek,
        boolean strategic,
        boolean legallyBinding,
        String contractManager,
        List<RequirementV1> requirements,
        String signedOn,
        long version) {

    /** A requirement of the agreement: category from the catalogue, text, and how it is followed up. */
    public record RequirementV1(String requirementId, String category, String text, String followUpMethod) {
    }
}
