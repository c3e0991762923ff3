package se.samverkan.orderer.agreement.domain;

import java.util.Objects;
import java.util.UUID;

/** One requirement of an agreement: what is required and how it is followed up. */
public record Requirement(UUID id, RequirementCategory category, String text, FollowUpMethod followUpMethod) {

    public Requirement {
        Objects.requireNonNull(id);
        Objects.requireNonNull(category);
        Objects.requireNonNull(text);
        Objects.requireNonNull(followUpMethod);
    }
}
