package se.samverkan.orderer.statistics.domain;

import java.util.Arrays;
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

    public static Optional<MeasureCategory> parse(String code) {
        return Arrays.stream(values()).filter(category -> category.name().equals(code)).findFirst();
    }
}
