package se.samverkan.transparency.portal.domain;

import java.util.List;

/**
 * A board's decided follow-up plan for a year, as last decided (the highest version). Who inside
 * the administration carries out an item is not published: it may name a person.
 */
public record FollowUpPlan(String planId, String boardId, String boardOrganisationId, int year, String decidedOn,
                           String decisionReference, List<Item> items, long version) {

    public FollowUpPlan {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * @param form       {@code SUPERVISION}, {@code ACTIVITY_FOLLOW_UP}, …
     * @param interval   {@code ONCE}, {@code MONTHLY}, …
     * @param feedbackTo any of {@code BOARD}, {@code PROVIDER}, {@code PUBLIC}
     */
    public record Item(String itemId, String providerId, String what, String form, String interval,
                       List<String> feedbackTo) {

        public Item {
            feedbackTo = feedbackTo == null ? List.of() : List.copyOf(feedbackTo);
        }
    }
}
