package se.samverkan.reporting.goalstructure.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
     * results must be given in, its target value (målvärde) per year and, where the board tied it
     * to one, the statistics measure it is measured by and how the units' figures are combined.
     */
    public record Indicator(String indicatorId, String name, String unit, String direction, boolean concernsPeople,
                            List<String> breakdowns, List<Target> targets, String measureCode, String aggregation) {

        public Indicator {
            breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
            targets = targets == null ? List.of() : List.copyOf(targets);
        }

        public Indicator(String indicatorId, String name, String unit, String direction, boolean concernsPeople,
                         List<String> breakdowns, List<Target> targets) {
            this(indicatorId, name, unit, direction, concernsPeople, breakdowns, targets, null, null);
        }

        /** The target value for the year, if the board set one. */
        public Optional<BigDecimal> targetFor(int year) {
            return targets.stream().filter(target -> target.year() == year && target.value() != null)
                    .map(Target::value).findFirst();
        }
    }

    public record Target(int year, BigDecimal value) {
    }
}
