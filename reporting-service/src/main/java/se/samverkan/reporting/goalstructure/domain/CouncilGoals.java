package se.samverkan.reporting.goalstructure.domain;

import java.util.List;
import java.util.Objects;

/** The council's goals for a mandate period as last adopted: vision, programme and council goals (KF-mål). */
public record CouncilGoals(String mandatePeriod, String vision, String councilProgramme, List<CouncilGoal> goals) {

    public CouncilGoals {
        Objects.requireNonNull(mandatePeriod, "mandatePeriod");
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /** One council goal; {@code goalArea} is a {@code GoalAreaCode} name, or a code this reader does not know. */
    public record CouncilGoal(String councilGoalId, int number, String title, String description, String goalArea) {
    }
}
