package se.samverkan.reporting.goalattainment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Goal attainment (måluppfyllelse) of a mandate period's year: each board goal with its
 * indicators against the year's targets and the board's judgement, rolled up the goal hierarchy
 * to the council goal it serves and that goal's goal area, each level with its counts.
 */
public record GoalAttainment(String mandatePeriod, int year, List<Area> goalAreas, Counts counts) {

    /** A council goal as the council adopted it. */
    public record CouncilGoal(String councilGoalId, int number, String title, String goalArea) {
    }

    /** A board goal with its indicators' attainment and the board's judgement. */
    public record BoardGoal(String boardGoalId, String boardOrganisationId, String boardShortName, String title,
                            String councilGoalId, List<IndicatorAttainment> indicators, GoalAssessment assessment,
                            Counts counts) {

        public static BoardGoal of(String boardGoalId, String boardOrganisationId, String boardShortName, String title,
                                   String councilGoalId, List<IndicatorAttainment> indicators,
                                   GoalAssessment assessment) {
            return new BoardGoal(boardGoalId, boardOrganisationId, boardShortName, title, councilGoalId,
                    List.copyOf(indicators), assessment, Counts.of(indicators, assessment));
        }
    }

    public record CouncilGoalAttainment(CouncilGoal councilGoal, List<BoardGoal> boardGoals, Counts counts) {
    }

    public record Area(String goalArea, List<CouncilGoalAttainment> councilGoals, Counts counts) {
    }

    /**
     * Rolls the board goals up: under the council goal each serves, in the council's numbering,
     * and the council goals under their goal areas in the order the areas first appear. A council
     * goal no board goal serves is listed with nothing counted; a board goal serving a council
     * goal not in the council's document is left out.
     */
    public static GoalAttainment rollUp(String mandatePeriod, int year, List<CouncilGoal> councilGoals,
                                        List<BoardGoal> boardGoals) {
        Map<String, List<CouncilGoalAttainment>> byArea = new LinkedHashMap<>();
        councilGoals.stream().sorted(Comparator.comparingInt(CouncilGoal::number)).forEach(councilGoal -> {
            List<BoardGoal> serving = boardGoals.stream()
                    .filter(goal -> councilGoal.councilGoalId().equals(goal.councilGoalId()))
                    .sorted(Comparator.comparing(BoardGoal::boardShortName, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            byArea.computeIfAbsent(councilGoal.goalArea(), area -> new ArrayList<>()).add(new CouncilGoalAttainment(
                    councilGoal, serving, Counts.sum(serving.stream().map(BoardGoal::counts).toList())));
        });
        List<Area> areas = byArea.entrySet().stream().map(entry -> new Area(entry.getKey(), List.copyOf(entry.getValue()),
                Counts.sum(entry.getValue().stream().map(CouncilGoalAttainment::counts).toList()))).toList();
        return new GoalAttainment(mandatePeriod, year, areas, Counts.sum(areas.stream().map(Area::counts).toList()));
    }
}
