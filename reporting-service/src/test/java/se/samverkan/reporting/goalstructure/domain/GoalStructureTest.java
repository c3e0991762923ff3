package se.samverkan.reporting.goalstructure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.reporting.goalstructure.domain.BoardGoals.BoardGoal;
import se.samverkan.reporting.goalstructure.domain.CouncilGoals.CouncilGoal;
import se.samverkan.reporting.goalstructure.domain.GoalStructure.CouncilGoalSection;
import se.samverkan.reporting.goalstructure.domain.GoalStructure.GoalAreaSection;

class GoalStructureTest {

    private static final CouncilGoals COUNCIL = new CouncilGoals("2023-2026", "Vallby växer hållbart", "Mål och budget",
            List.of(new CouncilGoal("kf-2", 2, "Minskade utsläpp", null, "ECOLOGICAL"),
                    new CouncilGoal("kf-3", 3, "Trygg äldreomsorg", null, "SOCIAL"),
                    new CouncilGoal("kf-1", 1, "Alla barn lyckas", null, "SOCIAL")));

    @Test
    void everyGoalAreaIsListedInItsOrderEmptyOnesTooWithTheCouncilGoalsByNumber() {
        GoalStructure structure = GoalStructure.of(COUNCIL, List.of());

        assertThat(structure.goalAreas()).extracting(GoalAreaSection::goalArea, GoalAreaSection::label)
                .containsExactly(tuple("SOCIAL", "Social hållbarhet"),
                        tuple("ECOLOGICAL", "Ekologisk hållbarhet"),
                        tuple("ECONOMIC", "Ekonomisk hållbarhet"));
        assertThat(structure.goalAreas().get(0).councilGoals()).extracting(CouncilGoalSection::number)
                .containsExactly(1, 3);
        assertThat(structure.goalAreas().get(2).councilGoals()).isEmpty();
        assertThat(structure.vision()).isEqualTo("Vallby växer hållbart");
    }

    @Test
    void eachBoardGoalIsListedUnderTheCouncilGoalItServesGroupedByBoard() {
        BoardGoals von = board("VON", new BoardGoal("von-1", "Nöjda brukare", null, "kf-3", List.of(
                new BoardGoals.Indicator("i-1", "Andel nöjda", "procent", "INCREASE", true, List.of("GENDER"),
                        List.of(new BoardGoals.Target(2025, new BigDecimal("90")))))));
        BoardGoals kun = board("KUN", new BoardGoal("kun-1", "Fler klarar skolan", null, "kf-1", List.of()),
                new BoardGoal("kun-2", "Trygga äldre i kulturen", null, "kf-3", List.of()));

        GoalStructure structure = GoalStructure.of(COUNCIL, List.of(von, kun));

        CouncilGoalSection elderlyCare = structure.goalAreas().get(0).councilGoals().get(1);
        assertThat(elderlyCare.councilGoalId()).isEqualTo("kf-3");
        assertThat(elderlyCare.boards()).extracting(GoalStructure.BoardSection::boardShortName)
                .containsExactly("KUN", "VON");
        assertThat(elderlyCare.boards().get(1).goals().get(0).indicators().get(0).targets().get(0).value())
                .isEqualByComparingTo("90");
        assertThat(structure.goalAreas().get(0).councilGoals().get(0).boards().get(0).goals())
                .extracting(BoardGoal::boardGoalId).containsExactly("kun-1");
    }

    @Test
    void aBoardGoalServingNoCouncilGoalOfTheCurrentDocumentIsStillReported() {
        BoardGoals von = board("VON", new BoardGoal("von-9", "Gammalt mål", null, "kf-removed", List.of()));

        GoalStructure structure = GoalStructure.of(COUNCIL, List.of(von));

        assertThat(structure.boardGoalsWithoutCouncilGoal()).hasSize(1);
        assertThat(structure.boardGoalsWithoutCouncilGoal().get(0).goals()).extracting(BoardGoal::boardGoalId)
                .containsExactly("von-9");
    }

    private static BoardGoals board(String shortName, BoardGoal... goals) {
        return new BoardGoals("id-" + shortName, shortName, "board-" + shortName.toLowerCase(), "2023-2026",
                List.of(goals));
    }
}
