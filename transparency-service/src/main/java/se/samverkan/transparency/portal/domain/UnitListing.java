package se.samverkan.transparency.portal.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/** A unit as the portal lists it, with its provider; the same shape whatever the provider's legal form. */
public record UnitListing(String unitId, String unitName, String serviceArea, String area, String providerId,
                          String providerName, String legalForm) {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    public UnitListing {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(providerName, "providerName");
    }

    /**
     * Whether a citizen's search finds this unit: every word of it is part of the unit's or the
     * provider's name, whatever the case ("norr omsorg" finds Hemtjänst Norr of Omsorgsgruppen
     * Norr AB). A blank search finds every unit.
     */
    public boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String names = (unitName + " " + providerName).toLowerCase(SWEDISH);
        return Arrays.stream(search.strip().toLowerCase(SWEDISH).split("\\s+")).allMatch(names::contains);
    }
}
