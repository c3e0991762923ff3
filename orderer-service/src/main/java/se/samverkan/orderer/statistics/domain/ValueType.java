package se.samverkan.orderer.statistics.domain;

import java.util.Arrays;
import java.util.Locale;
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

    /** The constant the code names, in any letter case and with spaces around; empty when it names none. */
    public static Optional<ValueType> parse(String code) {
        String name = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }
}
