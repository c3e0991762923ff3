package se.samverkan.orderer.agreement.domain;

import java.util.Optional;
import java.util.UUID;

public record AgreementId(UUID value) {

    public static AgreementId newId() {
        return new AgreementId(UUID.randomUUID());
    }

    public static Optional<AgreementId> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new AgreementId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
