package se.samverkan.contracts.orderer;

import java.util.List;

/**
 * A board decided its annual follow-up plan. Published by orderer-service.
 *
 * @param planId              the plan's id
 * @param boardId             the board
 * @param boardOrganisationId the {@code org} claim of the board's officials
 * @param year                the year the plan covers
 * @param decidedOn           the day of the board's decision, ISO date
 * @param decisionReference   the minutes' reference (e.g. "VON § 45"), or null
 * @param items               what is followed up, where, how, by whom, how often, and who hears of it
 * @param version             the plan aggregate's version; higher wins
 */
public record FollowUpPlanDecidedV1(
        String planId,
        String boardId,
        String boardOrganisationId,
        int year,
        String decidedOn,
        String decisionReference,
        List<ItemV1> items,
        long version) {

    /**
     * @param form       {@code SUPERVISION}, {@code ACTIVITY_FOLLOW_UP}, {@code CONTRACT_FOLLOW_UP},
     *                   {@code USER_SURVEY} or {@code SPECIAL_REVIEW}
     * @param interval   {@code ONCE}, {@code MONTHLY}, {@code QUARTERLY}, {@code TWICE_A_YEAR} or {@code YEARLY}
     * @param feedbackTo any of {@code BOARD}, {@code PROVIDER}, {@code PUBLIC}
     */
    public record ItemV1(String itemId, String providerId, String what, String form, String responsible,
                         String interval, List<String> feedbackTo) {
    }
}
