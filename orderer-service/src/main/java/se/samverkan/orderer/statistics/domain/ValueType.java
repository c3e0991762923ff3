package se.samverkan.orderer.statistics.domain;

import java.util.Arrays;
import java.util.Optional;

/** What kind of value a measure is reported as. */
public enum ValueType {
    /** A whole number, 0 or more: users, visits, complaints. */
    COUNT,
    /** A decimal number in the measure's unit: hours, full-time equivalents, kronor. */
    AMOUNT,
    /** A share in percent, 0–100. */
    PERCENT,
    /** Free text: a comment, an account of a focus area. */
    TEXT;

    /** COUNT and AMOUNT have a unit; a percentage and a text say what they are. */
    boolean hasUnit() {
        return this == COUNT || this == AMOUNT;
    }

    public static Optional<ValueType> parse(String code) {
        return Arrays.stream(values()).filter(type -> type.name().equals(code)).findFirst();
    }
}
