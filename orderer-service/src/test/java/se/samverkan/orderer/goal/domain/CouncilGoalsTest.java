package se.samverkan.orderer.goal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static se.samverkan.orderer.goal.domain.GoalFixtures.NOW;
import static se.samverkan.orderer.goal.domain.GoalFixtures.councilGoal;
import static se.samverkan.orderer.goal.domain.GoalFixtures.councilGoals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.goal.domain.Drafts.CouncilGoalDraft;

class CouncilGoalsTest {

    @Test
    void councilGoalsAreAdoptedWithTheVisionAndTheCouncilProgrammeTheyComeFrom() {
        CouncilGoals goals = councilGoals("2023-2026");

        assertThat(goals.mandatePeriod()).isEqualTo(new MandatePeriod(2023));
        assertThat(goals.vision()).isEqualTo("Vallby – trygg och grön");
        assertThat(goals.councilProgramme()).isEqualTo("Mål och budget 2023-2026");
        assertThat(goals.goals()).extracting(CouncilGoal::number, CouncilGoal::area).containsExactly(
                tuple(1, GoalArea.SOCIAL), tuple(2, GoalArea.ECOLOGICAL), tuple(3, GoalArea.ECONOMIC));
        assertThat(goals.version()).isZero();
    }

    @Test
    void councilGoalsBelongToAMandatePeriod() {
        assertThat(rejected(CouncilGoals.adopt("2024-2027", "Vision", "Program", List.of(
                councilGoal("Mål", "SOCIAL")), NOW))).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("mandatePeriod", "mandate-period"));
    }

    @Test
    void everyCouncilGoalBelongsToOneOfTheThreeGoalAreas() {
        assertThat(rejected(CouncilGoals.adopt("2023-2026", "Vision", "Program", List.of(
                councilGoal("Fler trygga jobb", "CULTURAL"), councilGoal("Minska ekonomiska klyftor", null)), NOW)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("goals[0].goalArea", "one-of"), tuple("goals[1].goalArea", "required"));
    }

    @Test
    void theCouncilGoalsOfAPeriodHaveAVisionACouncilProgrammeAndAtLeastOneGoal() {
        assertThat(rejected(CouncilGoals.adopt("2023-2026", " ", null, List.of(), NOW)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("vision", "required"), tuple("councilProgramme", "required"),
                        tuple("goals", "required"));
    }

    @Test
    void aCouncilGoalAppearsOnceInItsPeriodWhateverTheLetterCase() {
        assertThat(rejected(CouncilGoals.adopt("2023-2026", "Vision", "Program", List.of(
                councilGoal("Fler jobb för unga", "SOCIAL"), councilGoal("fler jobb för unga", "ECONOMIC")), NOW)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("goals[1].title", "unique"));
    }

    @Test
    void aRevisionKeepsTheGoalsGivenWithTheirIdsAndNamesTheGoalsItRemoves() {
        CouncilGoals adopted = councilGoals("2023-2026");
        CouncilGoal social = adopted.goals().get(0);
        CouncilGoal ecological = adopted.goals().get(1);
        Instant later = NOW.plusSeconds(3600);

        CouncilGoals.Revision.Revised revised = (CouncilGoals.Revision.Revised) adopted.revise("Ny vision",
                "Reviderad Mål och budget", List.of(
                        new CouncilGoalDraft(ecological.id().toString(), "Klimatavtrycket ska halveras", null,
                                "ECOLOGICAL"),
                        new CouncilGoalDraft(social.id().toString(), social.title(), "Med stöd i vardagen", "SOCIAL"),
                        councilGoal("Meningsfull sysselsättning för funktionsnedsatta", "SOCIAL")), later);

        CouncilGoals goals = revised.councilGoals();
        assertThat(goals.goals()).extracting(CouncilGoal::id).startsWith(ecological.id(), social.id());
        assertThat(goals.goals()).extracting(CouncilGoal::number).containsExactly(1, 2, 3);
        assertThat(goals.goals().get(2).id()).isNotIn(social.id(), ecological.id());
        assertThat(revised.removed()).extracting(CouncilGoal::title).containsExactly("En ansvarsfull ekonomi i balans");
        assertThat(goals.version()).isEqualTo(1);
        assertThat(goals.adoptedAt()).isEqualTo(NOW);
        assertThat(goals.revisedAt()).contains(later);
    }

    @Test
    void aRevisionKeepsOnlyGoalsTheDocumentHasAndEachOnce() {
        CouncilGoals adopted = councilGoals("2023-2026");
        String kept = adopted.goals().get(0).id().toString();
        String ofAnotherPeriod = councilGoals("2027-2030").goals().get(0).id().toString();

        assertThat(((CouncilGoals.Revision.Rejected) adopted.revise("Vision", "Program", List.of(
                new CouncilGoalDraft(kept, "A", null, "SOCIAL"),
                new CouncilGoalDraft(kept, "B", null, "SOCIAL"),
                new CouncilGoalDraft(ofAnotherPeriod, "C", null, "SOCIAL")), NOW)).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("goals[1].id", "duplicate-id"), tuple("goals[2].id", "unknown-id"));
    }

    private static List<Violation> rejected(CouncilGoals.Adoption adoption) {
        assertThat(adoption).isInstanceOf(CouncilGoals.Adoption.Rejected.class);
        return ((CouncilGoals.Adoption.Rejected) adoption).violations();
    }
}
