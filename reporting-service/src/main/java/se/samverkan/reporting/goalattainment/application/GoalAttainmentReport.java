package se.samverkan.reporting.goalattainment.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.reporting.goalattainment.domain.Actual;
import se.samverkan.reporting.goalattainment.domain.Aggregation;
import se.samverkan.reporting.goalattainment.domain.EqualityAnalysis;
import se.samverkan.reporting.goalattainment.domain.GoalAssessment;
import se.samverkan.reporting.goalattainment.domain.GoalAttainment;
import se.samverkan.reporting.goalattainment.domain.IndicatorAttainment;
import se.samverkan.reporting.goalattainment.domain.Observation;
import se.samverkan.reporting.goalstructure.application.GoalStructureReport;
import se.samverkan.reporting.goalstructure.domain.BoardGoals;
import se.samverkan.reporting.goalstructure.domain.CouncilGoals;
import se.samverkan.reporting.unitstatistics.application.UnitStatisticsReport;
import se.samverkan.reporting.unitstatistics.domain.UnitPeriodStatistics;

/**
 * Goal attainment and equality analysis of a mandate period's year, compiled from the goal
 * structure (orderer-service's goal events) and the units' latest statistics: each indicator
 * tied to a statistics measure gets its actual from the figures the units reported to its board
 * for the year's periods. The council level, finance and administrators see every board; a
 * board's officials and contract managers their own board (another board's goals are simply not
 * there); everyone else nothing. The boards' officials judge their own goals; the council's
 * analysts and administrators any board's.
 */
@Service
public class GoalAttainmentReport {

    private static final Pattern MANDATE_PERIOD = Pattern.compile("(\\d{4})-(\\d{4})");

    private final GoalStructureReport goals;
    private final UnitStatisticsReport statistics;
    private final GoalAssessmentStore assessments;
    private final EqualitySettings settings;
    private final Clock clock;

    GoalAttainmentReport(GoalStructureReport goals, UnitStatisticsReport statistics, GoalAssessmentStore assessments,
                         EqualitySettings settings, Clock clock) {
        this.goals = goals;
        this.statistics = statistics;
        this.assessments = assessments;
        this.settings = settings;
        this.clock = clock;
    }

    /** The year must lie in the mandate period, written as 2023-2026. */
    public static List<Violation> checkPeriod(String mandatePeriod, int year) {
        Matcher matcher = MANDATE_PERIOD.matcher(mandatePeriod == null ? "" : mandatePeriod);
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 3) {
            return List.of(new Violation("mandatePeriod", "mandate-period", "'" + mandatePeriod
                    + "' är ingen mandatperiod. Skriv t.ex. 2023-2026."));
        }
        if (year < Integer.parseInt(matcher.group(1)) || year > Integer.parseInt(matcher.group(2))) {
            return List.of(new Violation("year", "in-mandate-period", "Året " + year + " ligger utanför mandatperioden "
                    + mandatePeriod + "."));
        }
        return List.of();
    }

    /** The year's goal attainment as the caller may see it; empty while the council has adopted no goals for the period. */
    public Optional<GoalAttainment> attainment(Caller caller, String mandatePeriod, int year, String requestedBoard) {
        Optional<CouncilGoals> council = goals.councilGoalsOf(mandatePeriod);
        if (council.isEmpty()) {
            return Optional.empty();
        }
        List<BoardGoals> visible = visibleBoards(caller, mandatePeriod, requestedBoard);
        Map<String, GoalAssessment> judged = assessments.of(visible.stream().flatMap(board -> board.goals().stream())
                .map(BoardGoals.BoardGoal::boardGoalId).toList(), year);
        Actuals actuals = actuals(visible, year);
        List<GoalAttainment.BoardGoal> boardGoals = new ArrayList<>();
        for (BoardGoals board : visible) {
            for (BoardGoals.BoardGoal goal : board.goals()) {
                List<IndicatorAttainment> indicators = goal.indicators().stream()
                        .map(indicator -> attainment(board, indicator, year, actuals)).toList();
                boardGoals.add(GoalAttainment.BoardGoal.of(goal.boardGoalId(), board.boardOrganisationId(),
                        board.boardShortName(), goal.title(), goal.councilGoalId(), indicators,
                        judged.getOrDefault(goal.boardGoalId(), GoalAssessment.none(goal.boardGoalId(), year,
                                board.boardOrganisationId(), mandatePeriod))));
            }
        }
        return Optional.of(GoalAttainment.rollUp(mandatePeriod, year, council.get().goals().stream()
                .map(goal -> new GoalAttainment.CouncilGoal(goal.councilGoalId(), goal.number(), goal.title(),
                        goal.goalArea())).toList(), boardGoals));
    }

    /**
     * The equality analysis of every visible indicator that is tied to a measure and broken down
     * by gender, age band or area, each difference beyond the threshold flagged.
     */
    public EqualityReport equality(Caller caller, String mandatePeriod, int year, String requestedBoard) {
        EqualityAnalysis analysis = settings.analysis();
        List<EqualityReport.Row> rows = new ArrayList<>();
        List<BoardGoals> visible = visibleBoards(caller, mandatePeriod, requestedBoard);
        Actuals actuals = actuals(visible, year);
        for (BoardGoals board : visible) {
            for (BoardGoals.BoardGoal goal : board.goals()) {
                for (BoardGoals.Indicator indicator : goal.indicators()) {
                    if (indicator.measureCode() == null || indicator.breakdowns().isEmpty()) {
                        continue;
                    }
                    IndicatorAttainment attainment = attainment(board, indicator, year, actuals);
                    Actual actual = attainment.actual().orElseThrow();
                    rows.add(new EqualityReport.Row(board.boardOrganisationId(), board.boardShortName(),
                            goal.boardGoalId(), goal.title(), attainment, indicator.breakdowns(),
                            analysis.analyse(indicator.unit(), actual)));
                }
            }
        }
        return new EqualityReport(mandatePeriod, year, analysis.thresholdPercent(), rows);
    }

    /** The equality analysis of a year: one row per analysed indicator. */
    public record EqualityReport(String mandatePeriod, int year, BigDecimal thresholdPercent, List<Row> rows) {

        public record Row(String boardOrganisationId, String boardShortName, String boardGoalId, String boardGoalTitle,
                          IndicatorAttainment indicator, List<String> breakdowns, EqualityAnalysis.Result result) {
        }
    }

    /** Records the board's forecast or assessment of one of its goals for the year. */
    public Recording record(Caller caller, String mandatePeriod, int year, String boardGoalId, String stage,
                            String level, String comment) {
        Optional<BoardGoals> board = goals.boardGoalsOf(mandatePeriod).stream()
                .filter(candidate -> candidate.goals().stream()
                        .anyMatch(goal -> goal.boardGoalId().equals(boardGoalId)))
                .findFirst();
        if (board.isEmpty() || !mayJudge(caller, board.get().boardOrganisationId())) {
            return new Recording.NotFound();
        }
        GoalAssessment current = assessments.of(List.of(boardGoalId), year).getOrDefault(boardGoalId,
                GoalAssessment.none(boardGoalId, year, board.get().boardOrganisationId(), mandatePeriod));
        GoalAssessment.Recording outcome = current.record(stage, level, comment, caller.username(),
                caller.organisation(), clock.instant());
        if (outcome instanceof GoalAssessment.Recording.Rejected rejected) {
            return new Recording.Rejected(rejected.violations());
        }
        GoalAssessment.Recording.Recorded recorded = (GoalAssessment.Recording.Recorded) outcome;
        return new Recording.Recorded(assessments.record(recorded.assessment(), recorded.stage()));
    }

    public sealed interface Recording {

        record Recorded(GoalAssessment assessment) implements Recording {
        }

        record Rejected(List<Violation> violations) implements Recording {
        }

        /** No such board goal in the period, or one of a board the caller does not act for. */
        record NotFound() implements Recording {
        }
    }

    private static boolean mayJudge(Caller caller, String boardOrganisationId) {
        return caller.hasAny(COUNCIL_ANALYST, ADMINISTRATOR)
                || (caller.hasAny(ORDERER_OFFICIAL) && caller.organisation() != null
                && caller.organisation().equals(boardOrganisationId));
    }

    private List<BoardGoals> visibleBoards(Caller caller, String mandatePeriod, String requestedBoard) {
        String only;
        if (caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)) {
            only = requestedBoard;
        } else if (caller.hasAny(ORDERER_OFFICIAL, CONTRACT_MANAGER) && caller.organisation() != null
                && (requestedBoard == null || requestedBoard.equals(caller.organisation()))) {
            only = caller.organisation();
        } else {
            return List.of();
        }
        return goals.boardGoalsOf(mandatePeriod).stream()
                .filter(board -> only == null || only.equals(board.boardOrganisationId())).toList();
    }

    private IndicatorAttainment attainment(BoardGoals board, BoardGoals.Indicator indicator, int year,
                                           Actuals actuals) {
        Aggregation aggregation = indicator.measureCode() == null ? null : Aggregation.of(indicator.aggregation());
        Optional<Actual> actual = indicator.measureCode() == null ? Optional.empty()
                : Optional.of(actuals.of(board.boardOrganisationId(), indicator.measureCode(), aggregation));
        return IndicatorAttainment.measure(indicator.indicatorId(), indicator.name(), indicator.unit(),
                indicator.direction(), indicator.measureCode(), aggregation, indicator.targetFor(year), actual);
    }

    /**
     * The year's actual of every measure the boards' indicators are tied to, combined as each
     * indicator says, from one read of the units' statistics taken a unit-period at a time.
     */
    private Actuals actuals(List<BoardGoals> boards, int year) {
        Map<BoardMeasure, Map<Aggregation, Actual.Accumulator>> byBoardAndMeasure = new HashMap<>();
        for (BoardGoals board : boards) {
            for (BoardGoals.BoardGoal goal : board.goals()) {
                for (BoardGoals.Indicator indicator : goal.indicators()) {
                    if (indicator.measureCode() != null) {
                        Aggregation aggregation = Aggregation.of(indicator.aggregation());
                        byBoardAndMeasure.computeIfAbsent(new BoardMeasure(board.boardOrganisationId(),
                                        indicator.measureCode()),
                                k -> new EnumMap<>(Aggregation.class))
                                .computeIfAbsent(aggregation, Actual::accumulator);
                    }
                }
            }
        }
        Set<String> measures = byBoardAndMeasure.keySet().stream().map(BoardMeasure::measure)
                .collect(Collectors.toSet());
        statistics.forEachOfBoardsAndYear(boards.stream().map(BoardGoals::boardOrganisationId).toList(), year, measures,
                unit -> {
                    Set<String> seen = new HashSet<>();
                    for (UnitPeriodStatistics.Figure figure : unit.values()) {
                        Map<Aggregation, Actual.Accumulator> accumulators =
                                byBoardAndMeasure.get(new BoardMeasure(unit.boardOrganisationId(), figure.measure()));
                        // the first figure of a measure counts, as UnitPeriodStatistics.figure answers
                        if (accumulators != null && seen.add(figure.measure())) {
                            Observation observation = new Observation(unit.unitId(), unit.period(), unit.area(),
                                    figure.value(), figure.byGender(), figure.byAgeBand(), figure.byArea(),
                                    figure.respondents());
                            accumulators.values().forEach(accumulator -> accumulator.add(observation));
                        }
                    }
                });
        return (board, measure, aggregation) -> byBoardAndMeasure.get(new BoardMeasure(board, measure))
                .get(aggregation).actual();
    }

    private record BoardMeasure(String boardOrganisationId, String measure) {
    }

    /** A board's actual of a measure, combined as an indicator says. */
    @FunctionalInterface
    private interface Actuals {
        Actual of(String boardOrganisationId, String measure, Aggregation aggregation);
    }
}
