package se.samverkan.producer.provider.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A unit (utförarenhet) of a provider: where the service is produced and what the orderer
 * follows up and the public compares.
 *
 * @param area the part of the municipality the unit serves or lies in; may be null
 */
public record Unit(UUID id, String name, ServiceArea serviceArea, String area, LocalDate openedOn) {

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(serviceArea, "serviceArea");
        Objects.requireNonNull(openedOn, "openedOn");
    }
}
