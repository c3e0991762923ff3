package se.samverkan.orderer.finding.domain;

import java.util.List;
import java.util.Objects;

/** What registering a finding needs to know of its agreement: who it binds, whether it is signed, its requirements. */
public record AgreementFacts(AgreementRef agreement, boolean signed, List<RequirementRef> requirements) {

    public AgreementFacts {
        Objects.requireNonNull(agreement);
        requirements = List.copyOf(requirements);
    }
}
