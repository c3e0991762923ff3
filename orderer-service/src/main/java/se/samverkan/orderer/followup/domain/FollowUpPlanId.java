package se.samverkan.orderer.followup.domain;

import java.util.Optional;
import java.util.UUID;

public record FollowUpPlanId(UUID value) {

    public static FollowUpPlanId newId() {
        return new FollowUpPlanId(UUID.randomUUID());
    }

    public static Optional<FollowUpPlanId> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new FollowUpPlanId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
