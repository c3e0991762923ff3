package se.samverkan.orderer.visit.domain;

import se.samverkan.defaults.validation.Violations;

/** Reading a client's text fields, each problem added to the violations (codes and dates: {@code Violations}). */
final class Fields {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 4000;

    private Fields() {
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
