package se.samverkan.reporting.goalstructure.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One board's goals (nämndmål) for a mandate period as last adopted, each with its indicators. */
public record BoardGoals(String boardId, String boardShortName, String boardOrganisationId, String mandatePeriod,
                         List<BoardGoal> goals) {

    public BoardGoals {
        Objects.requireNonNull(boardId, "boardId");
        Objects.requireNonNull(mandatePeriod, "mandatePeriod");
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    public record BoardGoal(String boardGoalId, String title, String description, String councilGoalId,
                            List<Indicator> indicators) {

        public BoardGoal {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /**
     * An indicator (indikator) with its unit, the direction that is better, the breakdowns its
     * results must be given in and its target value (målvärde) per year.
     */
    public record Indicator(String indicatorId, String name, String unit, String direction, boolean concernsPeople,
                            List<String> breakdowns, List<Target> targets) {

        public Indicator {
            breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }

    public record Target(int year, BigDecimal value) {
    }
}
