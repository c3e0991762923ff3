package se.samverkan.producer.resultunit.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a result unit (resultatenhet). */
public record ResultUnitId(UUID value) {

    public ResultUnitId {
        Objects.requireNonNull(value);
    }

    public static ResultUnitId newId() {
        return new ResultUnitId(UUID.randomUUID());
    }

    /** The id the text names, or empty when it is not a UUID. */
    public static Optional<ResultUnitId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ResultUnitId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
