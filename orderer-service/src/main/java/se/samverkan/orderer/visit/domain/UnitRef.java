package se.samverkan.orderer.visit.domain;

/**
 * The unit a visit is made to, copied in when the visit is planned so that visits filter and
 * show on one collection: the unit, its service area and the provider that runs it.
 *
 * @param providerOrganisationId the {@code org} claim of the provider's users; may be null
 */
public record UnitRef(String unitId, String unitName, String serviceArea, String providerId, String providerName,
                      String providerOrganisationId) {
}
