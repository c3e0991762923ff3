package se.samverkan.orderer.board.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record BoardId(UUID value) {

    public BoardId {
        Objects.requireNonNull(value, "value");
    }

    public static BoardId newId() {
        return new BoardId(UUID.randomUUID());
    }

    public static Optional<BoardId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BoardId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
