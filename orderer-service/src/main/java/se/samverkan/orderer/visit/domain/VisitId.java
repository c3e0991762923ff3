package se.samverkan.orderer.visit.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record VisitId(UUID value) {

    public VisitId {
        Objects.requireNonNull(value, "value");
    }

    public static VisitId newId() {
        return new VisitId(UUID.randomUUID());
    }

    public static Optional<VisitId> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new VisitId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
