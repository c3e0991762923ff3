package se.samverkan.contracts.producer;

import java.util.Arrays;

/**
 * The legal forms (juridiska former) a provider can have, as codes on the wire, with the
 * Swedish label every service shows. The same list for in-house and private providers:
 * {@code KOMMUNAL_EGENREGI} is one form among the others. Readers meeting an unknown code
 * show the code itself.
 */
public enum LegalFormCode {
    AKTIEBOLAG("Aktiebolag"),
    EKONOMISK_FORENING("Ekonomisk förening"),
    STIFTELSE("Stiftelse"),
    IDEELL_FORENING("Ideell förening / idéburen organisation"),
    KOOPERATIV("Kooperativ"),
    ENSKILD_FIRMA("Enskild firma"),
    KOMMUNAL_EGENREGI("Kommunal egenregi");

    private final String label;

    LegalFormCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Swedish label of a code, or the code itself when this reader does not know it. */
    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(form -> form.name().equals(code)).findFirst()
                .map(LegalFormCode::label).orElse(code);
    }
}
