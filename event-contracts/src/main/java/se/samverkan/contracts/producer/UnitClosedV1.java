package se.samverkan.contracts.producer;

/**
 * A provider closed a unit (utförarenhet): from {@code closedOn} it no longer serves anyone, so it
 * is no longer visited or compared. Published by producer-service. It carries the unit as it was,
 * so a reader that missed the opening still knows which unit closed.
 *
 * @param providerId      the provider the unit belongs to
 * @param unitId          the unit
 * @param name            the unit's name
 * @param serviceArea     service-area code, e.g. {@code HOME_CARE}
 * @param area            the part of the municipality it served (may be null)
 * @param openedOn        the day it opened, ISO date
 * @param closedOn        the first day it is closed, ISO date
 * @param reason          why it closed, in Swedish
 * @param providerVersion the provider aggregate's version after the change
 */
public record UnitClosedV1(
        String providerId,
        String unitId,
        String name,
        String serviceArea,
        String area,
        String openedOn,
        String closedOn,
        String reason,
        long providerVersion) {
}
