package se.samverkan.reporting.goalattainment.domain;

import java.util.Arrays;
import java.util.Optional;

/** When a goal is judged: forecast in the interim report per August, assessed in the annual report. */
public enum AssessmentStage {
    AUGUST_FORECAST("Prognos i delårsrapporten per augusti"),
    ANNUAL_REPORT("Bedömning i verksamhetsberättelsen");

    private final String label;

    AssessmentStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AssessmentStage> parse(String code) {
        return Arrays.stream(values()).filter(stage -> stage.name().equals(code)).findFirst();
    }
}
