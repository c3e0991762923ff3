package se.samverkan.contracts.orderer;

/**
 * An orderer board registered a finding (avvikelse, brist) on a signed agreement: a requirement
 * the provider does not meet, with the evidence and the severity, and the date by which the
 * provider must answer with an action plan. Published by orderer-service; reporting-service reads
 * it for the strategic-contract report (which deficiencies were observed).
 *
 * @param findingId              the finding's id in orderer-service
 * @param agreementId            the agreement the finding is about
 * @param boardId                the board that owns the agreement
 * @param boardOrganisationId    the {@code org} claim of the board's officials
 * @param providerId             the provider's id (producer-service's)
 * @param providerOrganisationId the {@code org} claim of the provider's users; null if unknown
 * @param strategic              whether the agreement is strategic (reported to the council)
 * @param requirementId          the requirement of the agreement that is not met
 * @param requirementCategory    its category in the requirement catalogue, e.g. {@code BASIC_QUALITY}
 * @param evidence               what was observed, in Swedish
 * @param evidenceSource         where it was observed: {@code VISIT}, {@code UNANNOUNCED_VISIT},
 *                               {@code STATISTICS}, {@code USER_SURVEY}, {@code NATIONAL_REGISTER},
 *                               {@code COMPLAINT} or {@code DOCUMENT_REVIEW}
 * @param observedOn             the day it was observed, ISO date
 * @param severity               {@code LOW}, {@code MEDIUM}, {@code HIGH} or {@code SERIOUS}
 * @param goalImpact             how it affects the board's goal attainment, or null
 * @param registeredOn           the day it was registered, ISO date
 * @param planDueOn              the last day for the provider's action plan, ISO date
 * @param version                the finding aggregate's version; higher wins
 */
public record FindingRegisteredV1(
        String findingId,
        String agreementId,
        String boardId,
        String boardOrganisationId,
        String providerId,
        String providerOrganisationId,
        boolean strategic,
        String requirementId,
        String requirementCategory,
        String evidence,
        String evidenceSource,
        String observedOn,
        String severity,
        String goalImpact,
        String registeredOn,
        String planDueOn,
        long version) {
}
