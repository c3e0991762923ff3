package se.samverkan.reporting.goalattainment.domain;

import java.util.Arrays;
import java.util.Optional;

/** The board's own judgement of a goal in the annual report or the August forecast. */
public enum AssessmentLevel {
    MET("Uppfyllt"),
    PARTLY_MET("Delvis uppfyllt"),
    NOT_MET("Ej uppfyllt");

    private final String label;

    AssessmentLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AssessmentLevel> parse(String code) {
        return Arrays.stream(values()).filter(level -> level.name().equals(code)).findFirst();
    }
}
