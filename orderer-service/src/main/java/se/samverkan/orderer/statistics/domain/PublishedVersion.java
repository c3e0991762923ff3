package se.samverkan.orderer.statistics.domain;

import java.time.Instant;
import java.util.Objects;

/** A published version of a specification: frozen, kept and readable by every official and provider. */
public record PublishedVersion(int version, SpecificationContent content, Instant publishedAt) {

    public PublishedVersion {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(content.validFrom(), "validFrom");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
