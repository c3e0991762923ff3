package se.samverkan.orderer.statistics.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The version the board's officials are working on; it becomes version {@code version} when
 * published. Only the board's officials and administrators see it.
 */
public record Draft(int version, SpecificationContent content, Instant changedAt) {

    public Draft {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
