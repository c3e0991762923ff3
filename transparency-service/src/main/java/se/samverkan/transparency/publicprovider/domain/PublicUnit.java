package se.samverkan.transparency.publicprovider.domain;

import java.util.Objects;

/** A provider's unit as the public sees it. Identified by its id, so applying it twice adds it once. */
public record PublicUnit(String unitId, String name, String serviceArea, String area, String openedOn) {

    public PublicUnit {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(serviceArea, "serviceArea");
    }
}
