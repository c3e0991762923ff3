package se.samverkan.reporting.financeexport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a column of an export holds, and so how each format writes it. The same value reaches
 * every format; only the notation differs (docs/exports.md).
 */
public enum ColumnType {
    /** Free text. */
    TEXT(String.class),
    /** Kronor, written with two decimals. */
    AMOUNT(BigDecimal.class),
    /** Percent points (5.25 means 5,25 %), written with two decimals; XLSX stores the fraction 0.0525 with a percent format. */
    PERCENT(BigDecimal.class),
    /** A whole number. */
    INTEGER(Long.class),
    /** A number as reported, with the decimals it has (an indicator's value in its own unit). */
    DECIMAL(BigDecimal.class),
    /** A calendar day, ISO 8601 (2026-01-31). */
    DATE(LocalDate.class);

    private final Class<?> valueType;

    ColumnType(Class<?> valueType) {
        this.valueType = valueType;
    }

    /** The type's name in the JSON export's column list. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a cell value fits this type; no value (null) fits every type. */
    boolean accepts(Object value) {
        return value == null || valueType.isInstance(value);
    }
}
