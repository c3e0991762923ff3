package se.samverkan.orderer.goal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static se.samverkan.orderer.goal.domain.GoalFixtures.NOW;
import static se.samverkan.orderer.goal.domain.GoalFixtures.VON;
import static se.samverkan.orderer.goal.domain.GoalFixtures.adoptFor;
import static se.samverkan.orderer.goal.domain.GoalFixtures.adopted;
import static se.samverkan.orderer.goal.domain.GoalFixtures.boardGoal;
import static se.samverkan.orderer.goal.domain.GoalFixtures.councilGoals;
import static se.samverkan.orderer.goal.domain.GoalFixtures.indicator;
import static se.samverkan.orderer.goal.domain.GoalFixtures.only;
import static se.samverkan.orderer.goal.domain.GoalFixtures.satisfaction;
import static se.samverkan.orderer.goal.domain.GoalFixtures.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.goal.domain.Drafts.BoardGoalDraft;
import se.samverkan.orderer.goal.domain.Drafts.IndicatorDraft;

class BoardGoalsTest {

    private final CouncilGoals council = councilGoals("2023-2026");
    private final CouncilGoal elderly = council.goals().get(0);

    @Test
    void aBoardAdoptsGoalsWithIndicatorsAndTheirTargetPerYear() {
        BoardGoals goals = adopted(council, boardGoal(elderly, satisfaction()));

        assertThat(goals.board()).isEqualTo(VON);
        assertThat(goals.mandatePeriod()).isEqualTo(council.mandatePeriod());
        BoardGoal goal = goals.goals().get(0);
        assertThat(goal.councilGoalId()).isEqualTo(elderly.id());
        Indicator indicator = goal.indicators().get(0);
        assertThat(indicator.direction()).isEqualTo(Direction.INCREASE);
        assertThat(indicator.breakdowns()).containsExactly(Breakdown.GENDER, Breakdown.AGE_BAND);
        assertThat(indicator.targets()).extracting(Target::year, Target::value).containsExactly(
                tuple(2024, new BigDecimal("88")), tuple(2025, new BigDecimal("90")), tuple(2026, new BigDecimal("92")));
        assertThat(goals.councilGoalsServed()).containsExactly(elderly.id());
        assertThat(goals.belongsTo("board-von")).isTrue();
        assertThat(goals.belongsTo("board-kun")).isFalse();
    }

    @Test
    void boardGoalMustServeACouncilGoalOfTheSamePeriod() {
        CouncilGoals next = councilGoals("2027-2030");
        BoardGoalDraft servesTheNextPeriod = boardGoal(next.goals().get(0), satisfaction());

        BoardGoals.Adoption adoption = BoardGoals.adopt(VON, "2023-2026", only(council, next),
                List.of(servesTheNextPeriod), NOW);

        assertThat(rejected(adoption)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("goals[0].councilGoalId", "council-goal-of-period"));
    }

    @Test
    void boardGoalsWaitForTheCouncilGoalsOfTheirPeriod() {
        BoardGoals.Adoption adoption = BoardGoals.adopt(VON, "2023-2026", period -> Optional.empty(),
                List.of(boardGoal(elderly, satisfaction())), NOW);

        assertThat(rejected(adoption)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("mandatePeriod", "council-goals-adopted"));
    }

    @Test
    void indicatorAboutPeopleMustBeBrokenDownByGender() {
        BoardGoals.Adoption byAgeOnly = adoptFor("2023-2026", council, boardGoal(elderly,
                indicator(true, List.of("AGE_BAND", "AREA"), "INCREASE", target(2025, "10"))));

        assertThat(rejected(byAgeOnly)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("goals[0].indicators[0].breakdowns", "gender-breakdown"));
        assertThat(adoptFor("2023-2026", council, boardGoal(elderly,
                indicator(false, List.of(), "DECREASE", target(2025, "10")))))
                .as("an indicator not about people (energy use, say) needs no breakdown")
                .isInstanceOf(BoardGoals.Adoption.Adopted.class);
    }

    @Test
    void whetherAnIndicatorConcernsPeopleMustBeSaid() {
        assertThat(rejected(adoptFor("2023-2026", council, boardGoal(elderly,
                indicator(null, List.of(), "KEEP", target(2025, "10"))))))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("goals[0].indicators[0].concernsPeople", "required"));
    }

    @Test
    void targetYearsMustLieInTheMandatePeriod() {
        BoardGoals.Adoption adoption = adoptFor("2023-2026", council, boardGoal(elderly,
                indicator(false, List.of(), "INCREASE", target(2022, "1"), target(2023, "2"), target(2026, "3"),
                        target(2027, "4"))));

        assertThat(rejected(adoption)).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("goals[0].indicators[0].targets[0].year", "in-mandate-period"),
                tuple("goals[0].indicators[0].targets[3].year", "in-mandate-period"));
    }

    @Test
    void anIndicatorHasAtLeastOneTargetAndAtMostOnePerYear() {
        assertThat(rejected(adoptFor("2023-2026", council, boardGoal(elderly,
                indicator(false, List.of(), "KEEP", target(2025, "1"), target(2025, "1")),
                indicator(false, List.of(), "KEEP")))))
                .extracting(Violation::field, Violation::rule).containsExactly(
                        tuple("goals[0].indicators[0].targets[1].year", "one-per-year"),
                        tuple("goals[0].indicators[1].targets", "required"));
    }

    @Test
    void targetsMustMoveInTheDesiredDirection() {
        assertThat(rejected(adoptFor("2023-2026", council, boardGoal(elderly,
                indicator(false, List.of(), "INCREASE", target(2026, "90"), target(2024, "80"), target(2025, "95")),
                indicator(false, List.of(), "DECREASE", target(2024, "5"), target(2025, "6"))))))
                .extracting(Violation::field, Violation::rule).containsExactly(
                        tuple("goals[0].indicators[0].targets", "direction"),
                        tuple("goals[0].indicators[1].targets", "direction"));
        assertThat(adoptFor("2023-2026", council, boardGoal(elderly,
                indicator(false, List.of(), "KEEP", target(2024, "5"), target(2025, "4")))))
                .as("a level to keep may vary").isInstanceOf(BoardGoals.Adoption.Adopted.class);
    }

    @Test
    void aTargetInPercentLiesBetweenZeroAndAHundred() {
        IndicatorDraft overHundred = new IndicatorDraft(null, "Andel", "procent", "INCREASE", false, List.of(),
                List.of(target(2025, "100.5")));

        assertThat(rejected(adoptFor("2023-2026", council, boardGoal(elderly, overHundred))))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("goals[0].indicators[0].targets[0].value", "percent-range"));
    }

    @Test
    void targetValuesAreExactDecimalsWithAtMostFourDecimals() {
        BoardGoals goals = adopted(council, boardGoal(elderly,
                indicator(false, List.of(), "INCREASE", target(2024, "12.50"), target(2025, "1E+2"))));

        assertThat(goals.goals().get(0).indicators().get(0).targets()).extracting(Target::value)
                .extracting(BigDecimal::toString).containsExactly("12.5", "100");
        assertThat(rejected(adoptFor("2023-2026", council, boardGoal(elderly,
                indicator(false, List.of(), "INCREASE", target(2024, "0.12345"), target(2025, "1E+12"))))))
                .extracting(Violation::field, Violation::rule).containsExactly(
                        tuple("goals[0].indicators[0].targets[0].value", "decimals"),
                        tuple("goals[0].indicators[0].targets[1].value", "range"));
    }

    @Test
    void everyBoardGoalIsMeasuredByAtLeastOneIndicator() {
        assertThat(rejected(adoptFor("2023-2026", council, boardGoal(elderly))))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("goals[0].indicators", "required"));
    }

    @Test
    void everyBrokenRuleOfEveryGoalAndIndicatorIsReportedAtOnce() {
        IndicatorDraft empty = new IndicatorDraft(null, null, null, "UP", true, List.of("GENDER", "CITY"), null);
        BoardGoalDraft untitled = new BoardGoalDraft(null, " ", null, null, List.of(empty));

        assertThat(rejected(BoardGoals.adopt(VON, "2023-2026", only(council), List.of(untitled), NOW)))
                .extracting(Violation::field, Violation::rule).containsExactly(
                        tuple("goals[0].title", "required"),
                        tuple("goals[0].councilGoalId", "required"),
                        tuple("goals[0].indicators[0].name", "required"),
                        tuple("goals[0].indicators[0].unit", "required"),
                        tuple("goals[0].indicators[0].direction", "one-of"),
                        tuple("goals[0].indicators[0].breakdowns[1]", "one-of"),
                        tuple("goals[0].indicators[0].targets", "required"));
    }

    @Test
    void aRevisionKeepsGoalAndIndicatorIdsSoResultsCanBeFollowedOverTheYears() {
        BoardGoals goals = adopted(council, boardGoal(elderly, satisfaction()));
        BoardGoal goal = goals.goals().get(0);
        Indicator indicator = goal.indicators().get(0);
        IndicatorDraft kept = new IndicatorDraft(indicator.id().toString(), indicator.name(), "procent", "INCREASE",
                true, List.of("GENDER"), List.of(target(2025, "91"), target(2026, "93")));
        BoardGoalDraft same = new BoardGoalDraft(goal.id().toString(), goal.title(), "Ny beskrivning",
                elderly.id().toString(), List.of(kept, indicator(false, List.of(), "KEEP", target(2026, "1"))));

        BoardGoals revised = ((BoardGoals.Revision.Revised) goals.revise(Optional.of(council), List.of(same),
                NOW.plusSeconds(60))).boardGoals();

        assertThat(revised.goals().get(0).id()).isEqualTo(goal.id());
        assertThat(revised.goals().get(0).indicators().get(0).id()).isEqualTo(indicator.id());
        assertThat(revised.goals().get(0).indicators().get(1).id()).isNotEqualTo(indicator.id());
        assertThat(revised.version()).isEqualTo(1);
        assertThat(revised.revisedAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void aRevisionIsCheckedAgainstTheCouncilGoalsAsTheyAreNow() {
        BoardGoals goals = adopted(council, boardGoal(elderly, satisfaction()));
        CouncilGoals replaced = councilGoals("2023-2026");

        BoardGoals.Revision revision = goals.revise(Optional.of(replaced), List.of(boardGoal(elderly, satisfaction())),
                NOW);

        assertThat(((BoardGoals.Revision.Rejected) revision).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("goals[0].councilGoalId", "council-goal-of-period"));
    }

    @Test
    void aRevisionKeepsOnlyIndicatorsTheDocumentHas() {
        BoardGoals goals = adopted(council, boardGoal(elderly, satisfaction()));
        IndicatorDraft unknown = new IndicatorDraft(IndicatorId.newId().toString(), "Andel", "procent", "INCREASE",
                false, List.of(), List.of(target(2025, "1")));

        BoardGoals.Revision revision = goals.revise(Optional.of(council), List.of(boardGoal(elderly, unknown)), NOW);

        assertThat(((BoardGoals.Revision.Rejected) revision).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("goals[0].indicators[0].id", "unknown-id"));
    }

    @Test
    void anIndicatorIsMeasuredByAStatisticsMeasureCombinedAsTheBoardSays() {
        IndicatorDraft measured = withMeasure(satisfaction(), " HOME_CARE_SATISFIED_USERS ", "WEIGHTED_AVERAGE");

        Indicator indicator = adopted(council, boardGoal(elderly, measured)).goals().get(0).indicators().get(0);

        assertThat(indicator.measureCode()).isEqualTo("HOME_CARE_SATISFIED_USERS");
        assertThat(indicator.aggregation()).isEqualTo(Aggregation.WEIGHTED_AVERAGE);
    }

    @Test
    void aMeasuredPercentIsAveragedAndACountSummedWhenTheBoardNamesNoAggregation() {
        IndicatorDraft percent = withMeasure(satisfaction(), "HOME_CARE_SATISFIED_USERS", null);
        IndicatorDraft count = withMeasure(indicator(false, List.of(), "INCREASE", target(2025, "10")),
                "HOME_CARE_USERS", null);

        List<Indicator> indicators = adopted(council, boardGoal(elderly, percent, count)).goals().get(0).indicators();

        assertThat(indicators).extracting(Indicator::aggregation)
                .containsExactly(Aggregation.AVERAGE, Aggregation.SUM);
        assertThat(adopted(council, boardGoal(elderly, satisfaction())).goals().get(0).indicators().get(0)
                .measuredBy()).as("an indicator without a measure").isEmpty();
    }

    @Test
    void theMeasureMustBeASpecificationCodeAndAnAggregationNeedsAMeasure() {
        IndicatorDraft badCode = withMeasure(satisfaction(), "nöjda brukare", "MEDIAN");
        IndicatorDraft noMeasure = withMeasure(satisfaction(), null, "SUM");

        assertThat(rejected(adoptFor("2023-2026", council, boardGoal(elderly, badCode, noMeasure))))
                .extracting(Violation::field, Violation::rule).containsExactly(
                        tuple("goals[0].indicators[0].measureCode", "measure-code"),
                        tuple("goals[0].indicators[0].aggregation", "one-of"),
                        tuple("goals[0].indicators[1].aggregation", "needs-measure"));
    }

    private static IndicatorDraft withMeasure(IndicatorDraft draft, String measureCode, String aggregation) {
        return new IndicatorDraft(draft.id(), draft.name(), draft.unit(), draft.direction(), draft.concernsPeople(),
                draft.breakdowns(), draft.targets(), measureCode, aggregation);
    }

    private static List<Violation> rejected(BoardGoals.Adoption adoption) {
        assertThat(adoption).isInstanceOf(BoardGoals.Adoption.Rejected.class);
        return ((BoardGoals.Adoption.Rejected) adoption).violations();
    }
}
