package se.samverkan.contracts.orderer;

import java.util.List;

/**
 * A provider answered a finding with an action plan (åtgärdsplan): its report back on the cause
 * and the actions it will take. A rejected plan is followed by a new one with the next number.
 * Published by orderer-service.
 *
 * @param findingId   the finding answered
 * @param agreementId the finding's agreement
 * @param boardId     the board that owns the agreement
 * @param providerId  the provider that answered
 * @param planNumber  1 for the first plan, 2 for the plan after a rejection, and so on
 * @param analysis    the provider's report back on the finding (cause and analysis), in Swedish
 * @param actions     every action of the plan
 * @param submittedOn the day it was submitted, ISO date
 * @param version     the finding aggregate's version; higher wins
 */
public record ActionPlanSubmittedV1(
        String findingId,
        String agreementId,
        String boardId,
        String providerId,
        int planNumber,
        String analysis,
        List<ActionV1> actions,
        String submittedOn,
        long version) {

    /** One action: what is done, who answers for it, by when, and the effect it should have. */
    public record ActionV1(String actionId, String description, String responsible, String dueOn,
                           String expectedEffect) {
    }
}
