package se.samverkan.orderer.statistics.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a measure about people is broken down, so unjustified differences can be found
 * (jämlik styrning, 004): by gender, by age band and by the part of the municipality.
 */
public enum Breakdown {
    /** Kvinnor, män and totalt. */
    GENDER("Kön (kvinnor, män, totalt)"),
    /** The specification's age bands. */
    AGE_BAND("Åldersgrupp"),
    /** The part of the municipality. */
    AREA("Område");

    private final String label;

    Breakdown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The constant the code names, in any letter case and with spaces around; empty when it names none. */
    public static Optional<Breakdown> parse(String code) {
        String name = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(breakdown -> breakdown.name().equals(name)).findFirst();
    }
}
