package se.samverkan.reporting.goalstructure.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import se.samverkan.contracts.goal.GoalAreaCode;

/**
 * The goal hierarchy of one mandate period as the council reports on it: vision, council
 * programme, the goal areas with their council goals, and under each council goal the goals of
 * every board that serves it with their indicators. The skeleton the goal-attainment report
 * (forecast per August, assessment in the annual report) will fill with results.
 *
 * @param boardGoalsWithoutCouncilGoal board goals pointing to a council goal the council's current
 *                                     document does not have, kept so no board goal disappears from the report
 */
public record GoalStructure(String mandatePeriod, String vision, String councilProgramme,
                            List<GoalAreaSection> goalAreas, List<BoardSection> boardGoalsWithoutCouncilGoal) {

    public record GoalAreaSection(String goalArea, String label, List<CouncilGoalSection> councilGoals) {
    }

    public record CouncilGoalSection(String councilGoalId, int number, String title, String description,
                                     List<BoardSection> boards) {
    }

    public record BoardSection(String boardId, String boardShortName, String boardOrganisationId,
                               List<BoardGoals.BoardGoal> goals) {
    }

    /**
     * Every goal area in the order of the goal areas, empty ones too, then any area this reader
     * does not know; council goals by their number; under each, the boards serving it by short
     * name, each with its goals in the board's order.
     */
    public static GoalStructure of(CouncilGoals council, List<BoardGoals> boards) {
        List<BoardGoals> byShortName = boards.stream()
                .sorted(Comparator.comparing((BoardGoals b) -> b.boardShortName() == null ? "" : b.boardShortName())
                        .thenComparing(BoardGoals::boardId))
                .toList();
        Set<String> areas = new LinkedHashSet<>();
        for (GoalAreaCode area : GoalAreaCode.values()) {
            areas.add(area.name());
        }
        council.goals().forEach(goal -> areas.add(goal.goalArea()));
        Set<String> knownCouncilGoals = new LinkedHashSet<>();
        council.goals().forEach(goal -> knownCouncilGoals.add(goal.councilGoalId()));

        Map<String, List<CouncilGoalSection>> perArea = new LinkedHashMap<>();
        areas.forEach(area -> perArea.put(area, new ArrayList<>()));
        council.goals().stream().sorted(Comparator.comparingInt(CouncilGoals.CouncilGoal::number))
                .forEach(goal -> perArea.get(goal.goalArea()).add(new CouncilGoalSection(goal.councilGoalId(),
                        goal.number(), goal.title(), goal.description(),
                        sections(byShortName, boardGoal -> goal.councilGoalId().equals(boardGoal.councilGoalId())))));

        List<GoalAreaSection> goalAreas = new ArrayList<>();
        perArea.forEach((area, goals) -> goalAreas.add(new GoalAreaSection(area, GoalAreaCode.labelOf(area),
                List.copyOf(goals))));
        return new GoalStructure(council.mandatePeriod(), council.vision(), council.councilProgramme(),
                List.copyOf(goalAreas),
                sections(byShortName, boardGoal -> !knownCouncilGoals.contains(boardGoal.councilGoalId())));
    }

    private static List<BoardSection> sections(List<BoardGoals> boards,
                                               Predicate<BoardGoals.BoardGoal> which) {
        List<BoardSection> sections = new ArrayList<>();
        for (BoardGoals board : boards) {
            List<BoardGoals.BoardGoal> goals = board.goals().stream().filter(which).toList();
            if (!goals.isEmpty()) {
                sections.add(new BoardSection(board.boardId(), board.boardShortName(), board.boardOrganisationId(),
                        goals));
            }
        }
        return List.copyOf(sections);
    }
}
