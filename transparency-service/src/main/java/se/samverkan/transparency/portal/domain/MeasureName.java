package se.samverkan.transparency.portal.domain;

import java.util.Objects;

/** A measure's Swedish name and unit as the board's statistics specification gives them. */
public record MeasureName(String code, String name, String unit) {

    public MeasureName {
        Objects.requireNonNull(code, "code");
    }

    /** {@code Utförda timmar (timmar)}, or the code where the specification has not arrived. */
    public String label() {
        if (name == null || name.isBlank()) {
            return code;
        }
        return unit == null || unit.isBlank() ? name : name + " (" + unit + ")";
    }
}
