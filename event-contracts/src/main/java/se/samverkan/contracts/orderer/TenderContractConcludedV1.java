package se.samverkan.contracts.orderer;

import java.util.List;

/**
 * After a tender's award and standstill, an orderer board concluded the contract with the
 * winning bidder. Published by orderer-service, which reads it itself to draft the LOU agreement
 * under {@code agreementId}, once, for the board to sign.
 *
 * @param tenderId               the tender
 * @param agreementId            the id the agreement gets (the same for every delivery)
 * @param boardId                the board that procured
 * @param boardOrganisationId    the {@code org} claim of the board's officials
 * @param providerId             the winner (producer-service's id)
 * @param providerOrganisationId the {@code org} claim of the winner's users; may be null
 * @param law                    {@code LOU} or {@code LUF}
 * @param serviceArea            service-area code
 * @param tenderReference        the tender's reference, e.g. {@code VON 2026/88}
 * @param title                  the agreement's title
 * @param startsOn               the contract's first day, ISO date
 * @param endsOn                 the contract's last day, ISO date
 * @param annualValueSek         the winning bid's price per year, a decimal string
 * @param valueLevel             {@code LOW} or {@code HIGH}
 * @param impactLevel            {@code LOW} or {@code HIGH}
 * @param awardedOn              the award decision's day, ISO date
 * @param standstillEndsOn       the standstill's last day, ISO date
 * @param requirements           the tender's requirements, which bind the contract
 * @param concludedOn            the day the contract was concluded, ISO date
 * @param version                the tender aggregate's version
 */
public record TenderContractConcludedV1(
        String tenderId,
        String agreementId,
        String boardId,
        String boardOrganisationId,
        String providerId,
        String providerOrganisationId,
        String law,
        String serviceArea,
        String tenderReference,
        String title,
        String startsOn,
        String endsOn,
        String annualValueSek,
        String valueLevel,
        String impactLevel,
        String awardedOn,
        String standstillEndsOn,
        List<LovApplicationAuthorisedV1.RequirementV1> requirements,
        String concludedOn,
        long version) {
}
