package se.samverkan.orderer.statistics.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of figures a board asks for (003 Bilaga 3, "Statistik och uppgifter som ska samlas in"). */
public enum MeasureCategory {
    VOLUME("Volymer och produktionsstatistik"),
    RESOURCE("Använda resurser"),
    PRODUCTIVITY("Produktivitetsmått"),
    QUALITY("Kvalitetsmått"),
    FOCUS_AREA("Särskilda satsningsområden"),
    NATIONAL_REGISTER("Nationella kvalitetsregister"),
    USER_SURVEY("Brukarundersökningar"),
    COMPLAINTS_AND_DEVIATIONS("Synpunkter, klagomål och avvikelser");

    private final String label;

    MeasureCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The constant the code names, in any letter case and with spaces around; empty when it names none. */
    public static Optional<MeasureCategory> parse(String code) {
        String name = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(category -> category.name().equals(name)).findFirst();
    }
}
