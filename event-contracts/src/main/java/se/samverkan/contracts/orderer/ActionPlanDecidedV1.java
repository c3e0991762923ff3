package se.samverkan.contracts.orderer;

/**
 * The board accepted a provider's action plan, or rejected it with its reasons and asked for a
 * new one. Published by orderer-service.
 *
 * @param findingId   the finding
 * @param agreementId the finding's agreement
 * @param boardId     the board that decided
 * @param providerId  the provider whose plan it is
 * @param planNumber  the plan decided on
 * @param decision    {@code ACCEPTED} or {@code REJECTED}
 * @param reason      the board's reasons, in Swedish; always given for a rejection, may be null otherwise
 * @param planDueOn   after a rejection, the last day for the new plan, ISO date; null after an acceptance
 * @param decidedOn   the day of the decision, ISO date
 * @param version     the finding aggregate's version; higher wins
 */
public record ActionPlanDecidedV1(
        String findingId,
        String agreementId,
        String boardId,
        String providerId,
        int planNumber,
        String decision,
        String reason,
        String planDueOn,
        String decidedOn,
        long version) {
}
