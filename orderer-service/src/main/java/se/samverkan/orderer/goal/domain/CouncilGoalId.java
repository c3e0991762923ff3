package se.samverkan.orderer.goal.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record CouncilGoalId(UUID value) {

    public CouncilGoalId {
        Objects.requireNonNull(value, "value");
    }

    public static CouncilGoalId newId() {
        return new CouncilGoalId(UUID.randomUUID());
    }

    public static Optional<CouncilGoalId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CouncilGoalId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
