package se.samverkan.producer.provider.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record ProviderId(UUID value) {

    public ProviderId {
        Objects.requireNonNull(value, "value");
    }

    public static ProviderId newId() {
        return new ProviderId(UUID.randomUUID());
    }

    /** Empty when the text is not an id, so a malformed id in a URL reads as "not found". */
    public static Optional<ProviderId> parse(String text) {
        try {
            return Optional.of(new ProviderId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
