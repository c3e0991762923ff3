package se.samverkan.orderer.statistics.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often a measure is reported (månadsvis, kvartalsvis, årligen). */
public enum Frequency {
    MONTHLY("Månadsvis"),
    QUARTERLY("Kvartalsvis"),
    YEARLY("Årligen");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The constant the code names, in any letter case and with spaces around; empty when it names none. */
    public static Optional<Frequency> parse(String code) {
        String name = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(frequency -> frequency.name().equals(name)).findFirst();
    }
}
