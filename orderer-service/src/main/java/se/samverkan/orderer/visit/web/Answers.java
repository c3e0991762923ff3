package se.samverkan.orderer.visit.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.Problems;

/** Shared answers of the feature's controllers. */
final class Answers {

    private Answers() {
    }

    static ResponseEntity<?> notFound(String what) {
        return ResponseEntity.status(404).body(Problems.notFound(what));
    }

    static ResponseEntity<?> rejected(List<Violation> violations) {
        return ResponseEntity.badRequest().body(Problems.validation(violations));
    }

    static ResponseEntity<?> forbidden() {
        return ResponseEntity.status(403).body(Problems.forbidden());
    }

    static ResponseEntity<?> changedMeanwhile(String what) {
        return ResponseEntity.status(409).body(Problems.conflict(what
                + " ändrades samtidigt av någon annan. Läs om det och försök igen."));
    }

    /** The constant named (any letter case), null when blank; throws for an unknown name. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    }

    static ResponseEntity<?> unknownValue(String field, String value, Class<? extends Enum<?>> type) {
        return rejected(List.of(new Violation(field, "one-of", "Okänt värde '" + value + "' för '" + field
                + "'. Tillåtna värden: " + String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(Enum::name).toList()) + ".")));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
