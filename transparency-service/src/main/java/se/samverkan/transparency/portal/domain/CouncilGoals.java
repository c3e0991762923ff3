package se.samverkan.transparency.portal.domain;

import java.util.List;

/** The council's goals (KF-mål) of a mandate period as last adopted, so a board goal can name the one it serves. */
public record CouncilGoals(String mandatePeriod, String vision, List<CouncilGoal> goals, long version) {

    public CouncilGoals {
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    public record CouncilGoal(String councilGoalId, int number, String title, String goalArea) {
    }
}
