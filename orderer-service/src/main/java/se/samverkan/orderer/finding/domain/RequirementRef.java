package se.samverkan.orderer.finding.domain;

import java.util.Objects;

/** The agreement's requirement a finding names: its id, catalogue category and text. */
public record RequirementRef(String id, String category, String text) {

    public RequirementRef {
        Objects.requireNonNull(id);
        Objects.requireNonNull(category);
        Objects.requireNonNull(text);
    }
}
