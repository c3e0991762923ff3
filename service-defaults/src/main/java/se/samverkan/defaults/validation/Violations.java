package se.samverkan.defaults.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Collects every violation of a request, so the caller hears about all of them at once. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String rule, String message) {
        found.add(new Violation(field, rule, message));
        return this;
    }

    /** Adds a "required" violation when the value is null or blank; answers whether it was present. */
    public boolean require(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "required", "Fältet '" + field + "' måste anges.");
            return false;
        }
        return true;
    }

    public boolean maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "max-length", "Fältet '" + field + "' får vara högst " + max + " tecken långt.");
            return false;
        }
        return true;
    }

    /**
     * The constant of the enum the value names (any letter case), or null with a violation
     * listing the allowed values; a missing value is a violation only when required.
     */
    public <E extends Enum<E>> E oneOf(Class<E> type, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "required", "Fältet '" + field + "' måste anges.");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            add(field, "one-of", "Okänt värde '" + value + "' för '" + field + "'. Tillåtna värden: "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".");
            return null;
        }
    }

    /** The ISO date (ÅÅÅÅ-MM-DD) the value holds, or null with a violation; a missing value only when required. */
    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "required", "Fältet '" + field + "' måste anges (ÅÅÅÅ-MM-DD).");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, "date", "Datumet '" + value + "' ska skrivas ÅÅÅÅ-MM-DD.");
            return null;
        }
    }

    /** Whether a violation of the field has been found already. */
    public boolean has(String field) {
        return found.stream().anyMatch(violation -> violation.field().equals(field));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }
}
