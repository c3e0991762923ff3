package se.samverkan.orderer.followup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class FollowUpPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Map<String, String> CONTRACTED = Map.of(
            "p-private", "Omsorgsgruppen Norr AB",
            "p-in-house", "Vallby kommun, produktionsförvaltningen");
    private static final List<FollowUpPlan.ContractedProvider> ACTIVE = List.of(
            new FollowUpPlan.ContractedProvider("p-private", "Omsorgsgruppen Norr AB"),
            new FollowUpPlan.ContractedProvider("p-in-house", "Vallby kommun, produktionsförvaltningen"));

    @Test
    void followUpPlanCannotBeDecidedWithoutEveryContractedProvider() {
        FollowUpPlan onlyPrivate = done(plan().add(item("p-private", "CONTRACT_FOLLOW_UP", null), CONTRACTED));

        FollowUpPlan.Result result = onlyPrivate.decide("2026-12-10", "VON § 145", ACTIVE);

        assertThat(((FollowUpPlan.Result.Rejected) result).violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("items", "every-contracted-provider"));
        assertThat(((FollowUpPlan.Result.Rejected) result).violations().get(0).message())
                .as("the in-house production is followed up like the others")
                .contains("Vallby kommun, produktionsförvaltningen");
    }

    @Test
    void aPlanCoveringEveryContractedProviderWhateverTheFormIsDecided() {
        FollowUpPlan complete = done(done(plan().add(item("p-private", "CONTRACT_FOLLOW_UP", null), CONTRACTED))
                .add(item("p-in-house", "USER_SURVEY", null), CONTRACTED));

        FollowUpPlan decided = done(complete.decide("2026-12-10", "VON § 145", ACTIVE));

        assertThat(decided.decided()).isTrue();
        assertThat(decided.decisionReference()).contains("VON § 145");
    }

    @Test
    void onlyProvidersTheBoardHasAnAgreementWithCanBeInThePlan() {
        FollowUpPlan.Result result = plan().add(item("p-stranger", "SUPERVISION", null), CONTRACTED);

        assertThat(rules(result)).containsExactly(tuple("providerId", "contracted"));
    }

    @Test
    void afterTheDecisionOnlySpecialReviewsWithACauseAreAdded() {
        FollowUpPlan decided = done(done(done(plan().add(item("p-private", "CONTRACT_FOLLOW_UP", null), CONTRACTED))
                .add(item("p-in-house", "CONTRACT_FOLLOW_UP", null), CONTRACTED)).decide("2026-12-10", null, ACTIVE));

        assertThat(rules(decided.add(item("p-private", "SUPERVISION", null), CONTRACTED)))
                .containsExactly(tuple("form", "decided-plan"));
        assertThat(rules(decided.add(item("p-private", "SPECIAL_REVIEW", null), CONTRACTED)))
                .containsExactly(tuple("cause", "required"));
        FollowUpPlan withReview = done(decided.add(item("p-private", "SPECIAL_REVIEW", "NEW_LAW"), CONTRACTED));
        assertThat(withReview.items()).hasSize(3);
        assertThat(rules(withReview.remove(withReview.items().get(0).id()))).containsExactly(tuple("status",
                "decided-plan"));
    }

    @Test
    void everyItemSaysWhatFormWhoHowOftenAndWhoHearsOfIt() {
        FollowUpPlan.Result result = plan().add(new FollowUpPlan.ItemTerms("p-private", " ", "INSPECTION", null,
                "SOMETIMES", List.of("PRESS"), null), CONTRACTED);

        assertThat(rules(result)).containsExactly(tuple("what", "required"), tuple("form", "one-of"),
                tuple("responsible", "required"), tuple("interval", "one-of"), tuple("feedbackTo[0]", "one-of"));
    }

    @Test
    void aPlanIsForOneYearWithinReason() {
        assertThat(FollowUpPlan.start("b", "board-von", 1999, NOW)).isInstanceOf(FollowUpPlan.Result.Rejected.class);
        assertThat(FollowUpPlan.start("b", "board-von", null, NOW)).isInstanceOf(FollowUpPlan.Result.Rejected.class);
    }

    private static FollowUpPlan plan() {
        return done(FollowUpPlan.start("board-1", "board-von", 2027, NOW));
    }

    private static FollowUpPlan.ItemTerms item(String providerId, String form, String cause) {
        return new FollowUpPlan.ItemTerms(providerId, "Kontinuitet och kontaktpersoner", form, "von.avtal",
                "TWICE_A_YEAR", List.of("BOARD", "PROVIDER", "PUBLIC"), cause);
    }

    private static FollowUpPlan done(FollowUpPlan.Result result) {
        assertThat(result).isInstanceOf(FollowUpPlan.Result.Done.class);
        return ((FollowUpPlan.Result.Done) result).plan();
    }

    private static List<org.assertj.core.groups.Tuple> rules(FollowUpPlan.Result result) {
        return ((FollowUpPlan.Result.Rejected) result).violations().stream()
                .map(v -> tuple(v.field(), v.rule())).toList();
    }
}
