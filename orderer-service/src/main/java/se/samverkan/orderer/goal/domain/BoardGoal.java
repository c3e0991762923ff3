package se.samverkan.orderer.goal.domain;

import java.util.List;
import java.util.Objects;

/** A board goal (nämndmål): serves one council goal of the same mandate period, measured by its indicators. */
public record BoardGoal(BoardGoalId id, String title, String description, CouncilGoalId councilGoalId,
                        List<Indicator> indicators) {

    public BoardGoal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(councilGoalId, "councilGoalId");
        indicators = List.copyOf(indicators);
    }
}
