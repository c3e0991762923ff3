package se.samverkan.orderer.statistics.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record StatisticsSpecificationId(UUID value) {

    public StatisticsSpecificationId {
        Objects.requireNonNull(value, "value");
    }

    public static StatisticsSpecificationId newId() {
        return new StatisticsSpecificationId(UUID.randomUUID());
    }

    /** Empty when the text is not an id, so a malformed id in a URL reads as "not found". */
    public static Optional<StatisticsSpecificationId> parse(String text) {
        try {
            return Optional.of(new StatisticsSpecificationId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
