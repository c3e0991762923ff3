package se.samverkan.transparency.portal.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The portal's default order: alphabetical by the unit's name the Swedish way (… x, y, z, å, ä, ö),
 * then by the provider's name, then by id. The legal form plays no part, so the in-house
 * production is never put first (or last) for being in-house.
 */
public final class NeutralOrder {

    private NeutralOrder() {
    }

    public static List<UnitListing> of(List<UnitListing> units) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        collator.setStrength(Collator.TERTIARY);
        Comparator<UnitListing> order = Comparator.<UnitListing, String>comparing(UnitListing::unitName, collator)
                .thenComparing(UnitListing::providerName, collator)
                .thenComparing(UnitListing::unitId);
        return units.stream().sorted(order).toList();
    }
}
