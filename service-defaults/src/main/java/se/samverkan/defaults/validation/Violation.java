package se.samverkan.defaults.validation;

import java.util.Objects;

/**
 * One broken rule in a request: which field, which rule (a stable code a client can test on)
 * and a message in Swedish that a person can act on. Plain Java so domain code can use it.
 */
public record Violation(String field, String rule, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
