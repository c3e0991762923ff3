package se.samverkan.orderer.goal.domain;

import java.util.Objects;

/**
 * A council goal (kommunfullmäktigemål, KF-mål) in one goal area.
 *
 * @param number its place in the council's order, from 1
 */
public record CouncilGoal(CouncilGoalId id, int number, String title, String description, GoalArea area) {

    public CouncilGoal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(area, "area");
    }
}
