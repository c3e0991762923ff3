package se.samverkan.orderer.goal.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import se.samverkan.defaults.validation.Violations;

/** Rules goal documents share: text lengths, list sizes and ids kept through a revision. */
final class GoalRules {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 2000;
    static final int NAME_MAX = 200;
    static final int UNIT_MAX = 40;
    static final int GOALS_MAX = 100;
    static final int INDICATORS_MAX = 30;
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private GoalRules() {
    }

    /** A required text of at most {@code max} characters, stripped; null when a rule is broken. */
    static String requiredText(Violations violations, String field, String value, int max) {
        if (!violations.require(field, value) || !violations.maxLength(field, value, max)) {
            return null;
        }
        return value.strip();
    }

    /** An optional text of at most {@code max} characters, stripped, null when blank. */
    static String optionalText(Violations violations, String field, String value, int max) {
        if (value == null || value.isBlank() || !violations.maxLength(field, value, max)) {
            return null;
        }
        return value.strip();
    }

    /** A list that must have between one and {@code max} entries. */
    static boolean sized(Violations violations, String field, List<?> list, int max, String what) {
        if (list == null || list.isEmpty()) {
            violations.add(field, "required", "Ange minst ett " + what + ".");
            return false;
        }
        if (list.size() > max) {
            violations.add(field, "max-size", "Högst " + max + " " + what + " får anges, inte " + list.size() + ".");
            return false;
        }
        return true;
    }

    /**
     * The id of an entry kept through a revision: absent for a new entry (a fresh id is made),
     * otherwise the id of an entry the document has now, and not given twice.
     */
    static <I> Optional<I> keptId(Violations violations, String field, String text, Function<String, Optional<I>> parse,
                                  Set<I> existing, Set<I> seen, Supplier<I> fresh) {
        if (text == null || text.isBlank()) {
            return Optional.of(fresh.get());
        }
        Optional<I> id = parse.apply(text).filter(existing::contains);
        if (id.isEmpty()) {
            violations.add(field, "unknown-id", "Id '" + text.strip() + "' finns inte i dokumentet. Utelämna id för"
                    + " en ny post; ange id bara för att behålla en befintlig.");
            return Optional.empty();
        }
        if (!seen.add(id.get())) {
            violations.add(field, "duplicate-id", "Id '" + text.strip() + "' anges mer än en gång.");
            return Optional.empty();
        }
        return id;
    }

    static String key(String text) {
        return text.strip().toLowerCase(SWEDISH);
    }
}
