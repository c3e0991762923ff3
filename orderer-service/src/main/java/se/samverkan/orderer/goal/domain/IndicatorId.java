package se.samverkan.orderer.goal.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record IndicatorId(UUID value) {

    public IndicatorId {
        Objects.requireNonNull(value, "value");
    }

    public static IndicatorId newId() {
        return new IndicatorId(UUID.randomUUID());
    }

    public static Optional<IndicatorId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IndicatorId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
