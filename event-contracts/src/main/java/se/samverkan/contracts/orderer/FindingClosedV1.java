package se.samverkan.contracts.orderer;

/**
 * The board verified that a finding is remedied and closed it: its accepted action plan was
 * carried out, every action reported done. Published by orderer-service.
 *
 * @param findingId   the finding
 * @param agreementId the finding's agreement
 * @param boardId     the board that closed it
 * @param providerId  the provider
 * @param planNumber  the accepted plan that remedied it
 * @param note        how the board verified it, in Swedish
 * @param closedOn    the day it was closed, ISO date
 * @param version     the finding aggregate's version; higher wins
 */
public record FindingClosedV1(
        String findingId,
        String agreementId,
        String boardId,
        String providerId,
        int planNumber,
        String note,
        String closedOn,
        long version) {
}
