package se.samverkan.defaults.validation;

import java.util.ArrayList;
import java.util.List;

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

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }
}
