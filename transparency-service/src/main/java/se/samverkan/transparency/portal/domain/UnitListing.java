package se.samverkan.transparency.portal.domain;

import java.util.Objects;

/** A unit as the portal lists it, with its provider; the same shape whatever the provider's legal form. */
public record UnitListing(String unitId, String unitName, String serviceArea, String area, String providerId,
                          String providerName, String legalForm) {

    public UnitListing {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(providerName, "providerName");
    }
}
