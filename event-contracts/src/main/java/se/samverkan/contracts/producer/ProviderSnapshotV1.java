package se.samverkan.contracts.producer;

import java.util.List;

/**
 * The whole current state of one provider with its units, published by producer-service when a
 * consumer asked for a resync. Readers apply it like the individual events: a provider's fields
 * only when {@code version} is newer than what they have, units once per unit id.
 */
public record ProviderSnapshotV1(
        String providerId,
        String name,
        String legalForm,
        String organisationNumber,
        String organisationId,
        List<UnitSnapshot> units,
        long version) {

    /** A unit as it is now; {@code closedOn} (ISO date) is null while it is open. */
    public record UnitSnapshot(String unitId, String name, String serviceArea, String area, String openedOn,
                               String closedOn) {
    }
}
