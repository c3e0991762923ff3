package se.samverkan.contracts.producer;

/**
 * A provider opened a unit (utförarenhet): a home-care group, a residential care home, a preschool.
 * Published by producer-service.
 *
 * @param providerId      the provider the unit belongs to
 * @param unitId          the unit's identifier, unique across providers
 * @param name            the unit's name
 * @param serviceArea     code of the service area, e.g. {@code HOME_CARE}, {@code PRESCHOOL}
 * @param area            the part of the municipality the unit serves or lies in (may be null)
 * @param openedOn        the date the unit opens, ISO-8601 ({@code 2026-01-01})
 * @param providerVersion the provider aggregate's version after the change
 */
public record UnitOpenedV1(
        String providerId,
        String unitId,
        String name,
        String serviceArea,
        String area,
        String openedOn,
        long providerVersion) {
}
