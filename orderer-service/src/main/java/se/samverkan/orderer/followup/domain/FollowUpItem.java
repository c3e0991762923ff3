package se.samverkan.orderer.followup.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the follow-up plan: what is followed up at which provider, in which form, by whom,
 * how often, and who receives the feedback. A special review also says why it was added.
 */
public record FollowUpItem(UUID id, String providerId, String providerName, String what, FollowUpForm form,
                           String responsible, Interval interval, List<FeedbackRecipient> feedbackTo,
                           SpecialReviewCause cause) {

    public FollowUpItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(providerId);
        Objects.requireNonNull(what);
        Objects.requireNonNull(form);
        Objects.requireNonNull(responsible);
        Objects.requireNonNull(interval);
        feedbackTo = List.copyOf(feedbackTo);
    }
}
