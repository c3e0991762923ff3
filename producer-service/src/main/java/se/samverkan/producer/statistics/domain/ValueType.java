package se.samverkan.producer.statistics.domain;

/** What kind of figure a measure is. */
public enum ValueType {
    /** A whole number, 0 or more. */
    COUNT,
    /** A decimal number. */
    AMOUNT,
    /** 0–100. */
    PERCENT,
    /** Free text. */
    TEXT
}
