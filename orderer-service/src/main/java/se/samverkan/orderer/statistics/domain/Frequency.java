package se.samverkan.orderer.statistics.domain;

import java.util.Arrays;
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

    public static Optional<Frequency> parse(String code) {
        return Arrays.stream(values()).filter(frequency -> frequency.name().equals(code)).findFirst();
    }
}
