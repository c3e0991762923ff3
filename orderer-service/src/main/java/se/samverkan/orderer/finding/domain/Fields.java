package se.samverkan.orderer.finding.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import se.samverkan.defaults.validation.Violations;

/** Reading a client's text fields into codes and dates, each problem added to the violations. */
final class Fields {

    private Fields() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "required", "Fältet '" + field + "' måste anges.");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            violations.add(field, "one-of", "Okänt värde '" + value + "' för '" + field + "'. Tillåtna värden: "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".");
            return null;
        }
    }

    static LocalDate date(String field, String value, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "required", "Fältet '" + field + "' måste anges (ÅÅÅÅ-MM-DD).");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(field, "date", "Datumet '" + value + "' ska skrivas ÅÅÅÅ-MM-DD.");
            return null;
        }
    }

    /** A required text of at most {@code max} characters, stripped; null when it breaks a rule. */
    static String text(String field, String value, int max, Violations violations) {
        if (violations.require(field, value) && violations.maxLength(field, value, max)) {
            return value.strip();
        }
        return null;
    }

    /** An optional text of at most {@code max} characters, stripped; null when blank or too long. */
    static String optionalText(String field, String value, int max, Violations violations) {
        if (value == null || value.isBlank() || !violations.maxLength(field, value, max)) {
            return null;
        }
        return value.strip();
    }
}
