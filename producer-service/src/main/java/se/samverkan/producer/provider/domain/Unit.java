package se.samverkan.producer.provider.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A unit (utförarenhet) of a provider: where the service is produced and what the orderer
 * follows up and the public compares.
 *
 * @param area          the part of the municipality the unit serves or lies in; may be null
 * @param address       its street address; may be null (home care has none)
 * @param capacity      places or users it is dimensioned for; may be null
 * @param closedOn      the first day it is closed; null while it is open
 * @param closingReason why it closed; null while it is open
 */
public record Unit(UUID id, String name, ServiceArea serviceArea, String area, LocalDate openedOn, String address,
                   Integer capacity, LocalDate closedOn, String closingReason) {

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(serviceArea, "serviceArea");
        Objects.requireNonNull(openedOn, "openedOn");
    }

    public boolean open() {
        return closedOn == null;
    }

    Unit closed(LocalDate on, String reason) {
        return new Unit(id, name, serviceArea, area, openedOn, address, capacity, on, reason);
    }
}
