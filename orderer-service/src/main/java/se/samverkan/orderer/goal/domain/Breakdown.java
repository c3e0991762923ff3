package se.samverkan.orderer.goal.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * A breakdown an indicator's results must be given in. Equality in steering (jämlik styrning,
 * 004) means statistics are analysed by gender, area and age.
 */
public enum Breakdown {
    /** Kvinnor, män and totalt. */
    GENDER,
    /** Age bands (åldersgrupper). */
    AGE_BAND,
    /** Parts of the municipality (områden). */
    AREA;

    public static Optional<Breakdown> parse(String code) {
        return Arrays.stream(values()).filter(breakdown -> breakdown.name().equals(code)).findFirst();
    }
}
