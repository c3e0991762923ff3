package se.samverkan.orderer.goal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import se.samverkan.orderer.board.domain.BoardId;
import se.samverkan.orderer.goal.domain.Drafts.BoardGoalDraft;
import se.samverkan.orderer.goal.domain.Drafts.CouncilGoalDraft;
import se.samverkan.orderer.goal.domain.Drafts.IndicatorDraft;
import se.samverkan.orderer.goal.domain.Drafts.TargetDraft;

/** Vallby kommun's goals, as the tests need them. */
final class GoalFixtures {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final BoardRef VON = new BoardRef(BoardId.newId(), "VON", "board-von");

    private GoalFixtures() {
    }

    static CouncilGoalDraft councilGoal(String title, String area) {
        return new CouncilGoalDraft(null, title, null, area);
    }

    static CouncilGoals councilGoals(String period) {
        return ((CouncilGoals.Adoption.Adopted) CouncilGoals.adopt(period, "Vallby – trygg och grön",
                "Mål och budget " + period, List.of(
                        councilGoal("Äldre ska kunna leva ett tryggt och självständigt liv", "SOCIAL"),
                        councilGoal("Kommunens klimatavtryck ska minska", "ECOLOGICAL"),
                        councilGoal("En ansvarsfull ekonomi i balans", "ECONOMIC")), NOW)).councilGoals();
    }

    static Function<MandatePeriod, Optional<CouncilGoals>> only(CouncilGoals... adopted) {
        return period -> Arrays.stream(adopted).filter(goals -> goals.mandatePeriod().equals(period)).findFirst();
    }

    static TargetDraft target(int year, String value) {
        return new TargetDraft(year, new BigDecimal(value));
    }

    /** "Andel brukare nöjda med hemtjänsten": about people, in percent, to rise 2024–2026, by gender. */
    static IndicatorDraft satisfaction() {
        return new IndicatorDraft(null, "Andel brukare nöjda med hemtjänsten", "procent", "INCREASE", true,
                List.of("GENDER", "AGE_BAND"), List.of(target(2024, "88"), target(2025, "90"), target(2026, "92")));
    }

    static IndicatorDraft indicator(Boolean concernsPeople, List<String> breakdowns, String direction,
                                    TargetDraft... targets) {
        return new IndicatorDraft(null, "Indikator", "antal", direction, concernsPeople, breakdowns, List.of(targets));
    }

    static BoardGoalDraft boardGoal(CouncilGoal serves, IndicatorDraft... indicators) {
        return new BoardGoalDraft(null, "Brukarna är nöjda med hemtjänsten", null, serves.id().toString(),
                List.of(indicators));
    }

    static BoardGoals.Adoption adoptFor(String period, CouncilGoals council, BoardGoalDraft... goals) {
        return BoardGoals.adopt(VON, period, only(council), List.of(goals), NOW);
    }

    static BoardGoals adopted(CouncilGoals council, BoardGoalDraft... goals) {
        return ((BoardGoals.Adoption.Adopted) adoptFor(council.mandatePeriod().toString(), council, goals))
                .boardGoals();
    }
}
