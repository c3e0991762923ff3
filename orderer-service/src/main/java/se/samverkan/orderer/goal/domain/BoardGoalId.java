package se.samverkan.orderer.goal.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record BoardGoalId(UUID value) {

    public BoardGoalId {
        Objects.requireNonNull(value, "value");
    }

    public static BoardGoalId newId() {
        return new BoardGoalId(UUID.randomUUID());
    }

    public static Optional<BoardGoalId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BoardGoalId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
