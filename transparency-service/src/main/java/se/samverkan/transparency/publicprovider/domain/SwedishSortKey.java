package se.samverkan.transparency.publicprovider.domain;

import java.text.Collator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Alphabetical order the Swedish way (… x, y, z, å, ä, ö), as a string whose plain binary
 * order equals the Swedish collation, so any database can sort by it.
 */
public final class SwedishSortKey {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private SwedishSortKey() {
    }

    public static String of(String text) {
        Collator collator = Collator.getInstance(SWEDISH);
        collator.setStrength(Collator.TERTIARY);
        return HexFormat.of().formatHex(collator.getCollationKey(text).toByteArray());
    }
}
