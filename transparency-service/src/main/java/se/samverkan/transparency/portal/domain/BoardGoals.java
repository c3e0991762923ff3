package se.samverkan.transparency.portal.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A board's goals for one mandate period as the board last adopted them (the highest version).
 *
 * @param boardShortName      the board's short name, e.g. {@code VON}
 * @param boardOrganisationId the {@code org} claim of the board's officials, e.g. {@code board-von}
 */
public record BoardGoals(String boardId, String boardShortName, String boardOrganisationId, String mandatePeriod,
                         List<Goal> goals, long version) {

    public BoardGoals {
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /** A board goal (nämndmål) with the council goal it serves and its indicators. */
    public record Goal(String boardGoalId, String title, String description, String councilGoalId,
                       List<Indicator> indicators) {

        public Goal {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /** An indicator with its unit, which way is better, and its target value per year. */
    public record Indicator(String indicatorId, String name, String unit, String direction, List<Target> targets) {

        public Indicator {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }

    public record Target(int year, BigDecimal value) {
    }
}
