package se.samverkan.contracts.producer;

/**
 * A provider (utförare), in-house or private, was registered. Published by producer-service.
 *
 * @param providerId         the provider's identifier in producer-service
 * @param name               the provider's registered name
 * @param legalForm          code of the legal form, e.g. {@code AKTIEBOLAG}, {@code KOMMUNAL_EGENREGI}
 * @param organisationNumber the Swedish organisation number, ten digits as {@code NNNNNN-NNNN}; null for a
 *                           sole trader (ENSKILD_FIRMA), whose number is a personnummer the platform never keeps
 * @param organisationId     the {@code org} claim of the provider's users (e.g. provider-omsorgsgruppen-norr),
 *                           so other services can tell which provider a caller acts for; added later, so
 *                           null in events from before it
 * @param version            the provider aggregate's version after the change; higher wins
 */
public record ProviderRegisteredV1(
        String providerId,
        String name,
        String legalForm,
        String organisationNumber,
        String organisationId,
        long version) {
}
