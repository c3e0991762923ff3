package se.samverkan.transparency.publicprovider.domain;

import java.util.List;
import java.util.Objects;

/**
 * A provider as the public sees it. Built only from producer-service's events; in-house and
 * private providers have the same shape and nothing here orders one before the other.
 *
 * @param version the provider's version at its owner; a newer version replaces an older one,
 *                an older or equal one is ignored, so events may arrive late or twice
 */
public record PublicProvider(String providerId, String name, String legalForm, String organisationNumber,
                             List<PublicUnit> units, long version) {

    public PublicProvider {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalForm, "legalForm");
        units = units == null ? List.of() : List.copyOf(units);
    }

    public boolean supersedes(long storedVersion) {
        return version > storedVersion;
    }
}
