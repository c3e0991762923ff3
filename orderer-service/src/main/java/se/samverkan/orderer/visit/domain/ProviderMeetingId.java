package se.samverkan.orderer.visit.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record ProviderMeetingId(UUID value) {

    public ProviderMeetingId {
        Objects.requireNonNull(value, "value");
    }

    public static ProviderMeetingId newId() {
        return new ProviderMeetingId(UUID.randomUUID());
    }

    public static Optional<ProviderMeetingId> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new ProviderMeetingId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
