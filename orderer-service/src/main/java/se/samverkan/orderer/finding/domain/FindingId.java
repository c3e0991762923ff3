package se.samverkan.orderer.finding.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record FindingId(UUID value) {

    public FindingId {
        Objects.requireNonNull(value, "value");
    }

    public static FindingId newId() {
        return new FindingId(UUID.randomUUID());
    }

    public static Optional<FindingId> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new FindingId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
