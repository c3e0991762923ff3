package se.samverkan.contracts.orderer;

/**
 * A signed agreement was ended. Published by orderer-service.
 *
 * @param agreementId  the agreement's id
 * @param boardId      the board that owns it
 * @param providerId   the provider's id
 * @param terminatedOn the last day, ISO date
 * @param reason       why, in Swedish, as the board wrote it
 * @param version      the agreement aggregate's version; higher wins
 */
public record AgreementTerminatedV1(
        String agreementId,
        String boardId,
        String providerId,
        String terminatedOn,
        String reason,
        long version) {
}
