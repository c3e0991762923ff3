package se.samverkan.reporting.goalattainment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class GoalAttainmentTest {

    private static final Instant NOW = Instant.parse("2026-08-31T10:00:00Z");
    private final GoalAttainment.CouncilGoal safeCare = new GoalAttainment.CouncilGoal("kf-1", 1, "Trygg omsorg",
            "SOCIAL");
    private final GoalAttainment.CouncilGoal climate = new GoalAttainment.CouncilGoal("kf-2", 2, "Klimatet",
            "ECOLOGICAL");
    private final GoalAttainment.CouncilGoal learning = new GoalAttainment.CouncilGoal("kf-3", 3, "Lärande",
            "SOCIAL");

    @Test
    void goalAttainmentRollsUpToCouncilGoals() {
        GoalAttainment.BoardGoal von = boardGoal("von-1", "VON", "kf-1", assessed(AssessmentLevel.MET),
                indicator(IndicatorStatus.ON_TARGET), indicator(IndicatorStatus.OFF_TARGET));
        GoalAttainment.BoardGoal kun = boardGoal("kun-1", "KUN", "kf-1", unassessed("kun-1"),
                indicator(IndicatorStatus.NO_FIGURES));
        GoalAttainment.BoardGoal fossilFree = boardGoal("von-2", "VON", "kf-2", assessed(AssessmentLevel.NOT_MET),
                indicator(IndicatorStatus.OFF_TARGET));

        GoalAttainment attainment = GoalAttainment.rollUp("2023-2026", 2026, List.of(learning, climate, safeCare),
                List.of(von, kun, fossilFree));

        GoalAttainment.CouncilGoalAttainment first = attainment.goalAreas().get(0).councilGoals().get(0);
        assertThat(first.councilGoal()).isEqualTo(safeCare);
        assertThat(first.boardGoals()).extracting(GoalAttainment.BoardGoal::boardShortName).containsExactly("KUN", "VON");
        assertThat(first.counts()).extracting(Counts::indicators, Counts::onTarget, Counts::offTarget,
                Counts::noFigures, Counts::boardGoals, Counts::met, Counts::notAssessed)
                .containsExactly(3, 1, 1, 1, 2, 1, 1);
    }

    @Test
    void councilGoalsRollUpToTheirGoalAreasAndTheWholeYear() {
        GoalAttainment attainment = GoalAttainment.rollUp("2023-2026", 2026, List.of(safeCare, climate, learning),
                List.of(boardGoal("von-1", "VON", "kf-1", assessed(AssessmentLevel.PARTLY_MET),
                                indicator(IndicatorStatus.ON_TARGET)),
                        boardGoal("von-2", "VON", "kf-2", assessed(AssessmentLevel.NOT_MET),
                                indicator(IndicatorStatus.OFF_TARGET)),
                        boardGoal("kun-1", "KUN", "kf-3", assessed(AssessmentLevel.MET),
                                indicator(IndicatorStatus.ON_TARGET))));

        assertThat(attainment.goalAreas()).extracting(GoalAttainment.Area::goalArea, area -> area.councilGoals().size(),
                area -> area.counts().onTarget(), area -> area.counts().met(), area -> area.counts().partlyMet(),
                area -> area.counts().notMet()).containsExactly(
                tuple("SOCIAL", 2, 2, 1, 1, 0), tuple("ECOLOGICAL", 1, 0, 0, 0, 1));
        assertThat(attainment.counts().boardGoals()).isEqualTo(3);
        assertThat(attainment.counts().indicators()).isEqualTo(3);
    }

    @Test
    void theAnnualAssessmentOverridesTheAugustForecastInTheCounts() {
        GoalAssessment forecast = forecastOnly(AssessmentLevel.NOT_MET);
        GoalAssessment both = recorded(recorded(GoalAssessment.none("g", 2026, "board-von", "2023-2026"),
                "AUGUST_FORECAST", "NOT_MET"), "ANNUAL_REPORT", "MET");

        assertThat(forecast.latestLevel()).contains(AssessmentLevel.NOT_MET);
        assertThat(both.latestLevel()).contains(AssessmentLevel.MET);
        assertThat(both.forecast().map(GoalAssessment.Judgement::level)).contains(AssessmentLevel.NOT_MET);
    }

    @Test
    void anAssessmentNeedsAStageALevelAndTheBoardsComment() {
        GoalAssessment.Recording outcome = GoalAssessment.none("g", 2026, "board-von", "2023-2026")
                .record("SPRING", null, " ", "von.handlaggare", "board-von", NOW);

        assertThat(((GoalAssessment.Recording.Rejected) outcome).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("stage", "one-of"), tuple("level", "required"), tuple("comment", "required"));
    }

    private static GoalAssessment recorded(GoalAssessment assessment, String stage, String level) {
        return ((GoalAssessment.Recording.Recorded) assessment.record(stage, level, "Kommentar", "von.handlaggare",
                "board-von", NOW)).assessment();
    }

    private static GoalAssessment forecastOnly(AssessmentLevel level) {
        return recorded(GoalAssessment.none("g", 2026, "board-von", "2023-2026"), "AUGUST_FORECAST", level.name());
    }

    private static GoalAssessment assessed(AssessmentLevel level) {
        return recorded(GoalAssessment.none("g", 2026, "board-von", "2023-2026"), "ANNUAL_REPORT", level.name());
    }

    private static GoalAssessment unassessed(String goal) {
        return GoalAssessment.none(goal, 2026, "board-kun", "2023-2026");
    }

    private static IndicatorAttainment indicator(IndicatorStatus status) {
        return new IndicatorAttainment("i", "Indikator", "procent", "INCREASE", "M", Aggregation.AVERAGE,
                Optional.of(BigDecimal.TEN), Optional.empty(), status);
    }

    private static GoalAttainment.BoardGoal boardGoal(String id, String board, String councilGoal,
                                                      GoalAssessment assessment, IndicatorAttainment... indicators) {
        return GoalAttainment.BoardGoal.of(id, "board-" + board.toLowerCase(), board, "Mål " + id, councilGoal,
                List.of(indicators), assessment);
    }
}
