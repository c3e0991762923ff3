package se.samverkan.orderer.finding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class FindingTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-02-10");
    private static final Instant NOW = Instant.parse("2027-02-10T09:30:00Z");
    private static final RequirementRef CONTACT_PERSON = new RequirementRef("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
            "BASIC_QUALITY", "Varje brukare har en fast kontaktperson.");
    private static final RequirementRef STATISTICS = new RequirementRef("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
            "FOLLOW_UP_DUTY", "Månadsstatistik enligt specifikationen.");
    private static final AgreementRef AGREEMENT = new AgreementRef("5d2c7b1a-8e3f-4a6d-b9c0-1e2f3a4b5c6d",
            "Auktorisation hemtjänst, Omsorgsgruppen Norr AB", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "board-von",
            "6f1c3e2a-9d4b-4e0f-8a51-2b7c9d0e1f23", "Omsorgsgruppen Norr AB", "provider-omsorgsgruppen-norr", true);
    private static final AgreementFacts SIGNED = new AgreementFacts(AGREEMENT, true, List.of(CONTACT_PERSON, STATISTICS));

    @Test
    void findingMustNameARequirementOfItsAgreement() {
        assertThat(rules(Finding.register(SIGNED, terms(UUID.randomUUID().toString(), "HIGH", "2027-03-10"), "von",
                TODAY, NOW))).containsExactly(tuple("requirementId", "requirement-of-agreement"));
        assertThat(rules(Finding.register(SIGNED, terms(null, "HIGH", "2027-03-10"), "von", TODAY, NOW)))
                .containsExactly(tuple("requirementId", "required"));

        Finding finding = registered(terms(STATISTICS.id(), "HIGH", "2027-03-10"));
        assertThat(finding.requirement()).isEqualTo(STATISTICS);
    }

    @Test
    void onlyASignedAgreementCanHaveFindings() {
        AgreementFacts draft = new AgreementFacts(AGREEMENT, false, List.of(CONTACT_PERSON));

        assertThat(rules(Finding.register(draft, terms(CONTACT_PERSON.id(), "HIGH", "2027-03-10"), "von", TODAY, NOW)))
                .containsExactly(tuple("agreementId", "signed-only"));
    }

    @Test
    void thePlanIsDueAfterTheRegistrationDate() {
        assertThat(rules(Finding.register(SIGNED, terms(CONTACT_PERSON.id(), "LOW", TODAY.toString()), "von", TODAY,
                NOW))).containsExactly(tuple("planDueOn", "after-registration"));
        assertThat(registered(terms(CONTACT_PERSON.id(), "LOW", TODAY.plusDays(1).toString())).planDueOn())
                .isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void aSeriousFindingsPlanIsDueWithinThirtyDays() {
        assertThat(rules(Finding.register(SIGNED, terms(CONTACT_PERSON.id(), "SERIOUS",
                TODAY.plusDays(31).toString()), "von", TODAY, NOW)))
                .containsExactly(tuple("planDueOn", "serious-within-30-days"));
        assertThat(registered(terms(CONTACT_PERSON.id(), "SERIOUS", TODAY.plusDays(30).toString())).planDueOn())
                .isEqualTo(TODAY.plusDays(30));
        assertThat(registered(terms(CONTACT_PERSON.id(), "HIGH", TODAY.plusDays(90).toString())).planDueOn())
                .as("a less serious finding may give the provider longer").isEqualTo(TODAY.plusDays(90));
    }

    @Test
    void whatWasObservedCannotBeObservedInTheFuture() {
        Finding.Terms tomorrow = new Finding.Terms(CONTACT_PERSON.id(), "Iakttaget", "VISIT",
                TODAY.plusDays(1).toString(), "LOW", "2027-03-10", null);

        assertThat(rules(Finding.register(SIGNED, tomorrow, "von", TODAY, NOW)))
                .containsExactly(tuple("observedOn", "not-future"));
    }

    @Test
    void registrationReportsEveryProblemAtOnce() {
        Finding.Terms empty = new Finding.Terms(null, " ", "HEARSAY", "2027-02-30", "TERRIBLE", null, null);

        assertThat(rules(Finding.register(new AgreementFacts(AGREEMENT, false, List.of()), empty, "von", TODAY, NOW)))
                .containsExactly(tuple("agreementId", "signed-only"), tuple("requirementId", "required"),
                        tuple("evidence", "required"), tuple("evidenceSource", "one-of"), tuple("observedOn", "date"),
                        tuple("severity", "one-of"), tuple("planDueOn", "required"));
    }

    @Test
    void anActionPlanHasAnAnalysisAndActionsEachWithWhoWhenAndTheExpectedEffect() {
        Finding finding = registered(terms(CONTACT_PERSON.id(), "HIGH", "2027-03-10"));

        assertThat(rules(finding.submitPlan("Orsaken", List.of(), "norr", TODAY)))
                .containsExactly(tuple("actions", "required"));
        assertThat(rules(finding.submitPlan(" ", List.of(new Finding.ActionTerms("Brev till brukarna", " ",
                TODAY.minusDays(1).toString(), null)), "norr", TODAY))).containsExactly(
                tuple("analysis", "required"), tuple("actions[0].responsible", "required"),
                tuple("actions[0].dueOn", "not-past"), tuple("actions[0].expectedEffect", "required"));

        Finding answered = changed(finding.submitPlan("Orsaken", List.of(action(TODAY.plusDays(30))), "norr", TODAY));
        assertThat(answered.status()).isEqualTo(FindingStatus.PLAN_SUBMITTED);
        assertThat(answered.currentPlan().orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void onlyAFindingAwaitingAPlanTakesOne() {
        Finding submitted = submitted(registered(terms(CONTACT_PERSON.id(), "HIGH", "2027-03-10")));

        assertThat(rules(submitted.submitPlan("Igen", List.of(action(TODAY.plusDays(5))), "norr", TODAY)))
                .containsExactly(tuple("status", "awaiting-plan-only"));
    }

    @Test
    void onlyASubmittedPlanCanBeDecided() {
        Finding awaiting = registered(terms(CONTACT_PERSON.id(), "HIGH", "2027-03-10"));

        assertThat(rules(awaiting.decide("ACCEPTED", null, null, "von", TODAY)))
                .containsExactly(tuple("status", "submitted-plan-only"));
    }

    @Test
    void aRejectedPlanNeedsAReasonAndAsksForANewPlan() {
        Finding submitted = submitted(registered(terms(CONTACT_PERSON.id(), "HIGH", "2027-03-10")));

        assertThat(rules(submitted.decide("REJECTED", " ", "2027-03-01", "von", TODAY)))
                .containsExactly(tuple("reason", "reason-required"));
        assertThat(rules(submitted.decide("REJECTED", "Saknar åtgärd mot upprepning.", null, "von", TODAY)))
                .as("the board says by when the new plan is due").containsExactly(tuple("planDueOn", "required"));

        Finding rejected = changed(submitted.decide("REJECTED", "Saknar åtgärd mot upprepning.", "2027-03-01", "von",
                TODAY));
        assertThat(rejected.status()).isEqualTo(FindingStatus.PLAN_REJECTED);
        assertThat(rejected.planDueOn()).isEqualTo(LocalDate.parse("2027-03-01"));
        Finding second = changed(rejected.submitPlan("Ny analys", List.of(action(TODAY.plusDays(20))), "norr", TODAY));
        assertThat(second.status()).isEqualTo(FindingStatus.PLAN_SUBMITTED);
        assertThat(second.plans()).as("every plan and decision is kept").hasSize(2);
        assertThat(second.plans().get(0).decided().orElseThrow().reason()).isEqualTo("Saknar åtgärd mot upprepning.");
        assertThat(second.plans().get(1).number()).isEqualTo(2);
        assertThat(second.plans().get(1).decided()).isEmpty();
    }

    @Test
    void aSeriousFindingsNewPlanIsAlsoDueWithinThirtyDays() {
        Finding submitted = submitted(registered(terms(CONTACT_PERSON.id(), "SERIOUS", "2027-02-20")));

        assertThat(rules(submitted.decide("REJECTED", "Otillräcklig.", TODAY.plusDays(31).toString(), "von", TODAY)))
                .containsExactly(tuple("planDueOn", "serious-within-30-days"));
    }

    @Test
    void anAcceptedPlanTakesNoNewDueDate() {
        Finding submitted = submitted(registered(terms(CONTACT_PERSON.id(), "HIGH", "2027-03-10")));

        assertThat(rules(submitted.decide("ACCEPTED", null, "2027-04-01", "von", TODAY)))
                .containsExactly(tuple("planDueOn", "rejection-only"));
        assertThat(changed(submitted.decide("ACCEPTED", null, null, "von", TODAY)).status())
                .isEqualTo(FindingStatus.PLAN_ACCEPTED);
    }

    @Test
    void actionsAreReportedOnlyOnAnAcceptedPlanAndADoneActionStaysDone() {
        Finding submitted = submitted(registered(terms(CONTACT_PERSON.id(), "HIGH", "2027-03-10")));
        UUID action = submitted.currentPlan().orElseThrow().actions().get(0).id();

        assertThat(rules(submitted.reportProgress(action, "DONE", "Klart", "norr", TODAY)))
                .containsExactly(tuple("status", "accepted-plan-only"));

        Finding accepted = changed(submitted.decide("ACCEPTED", null, null, "von", TODAY));
        assertThat(rules(accepted.reportProgress(action, "DONE", " ", "norr", TODAY)))
                .containsExactly(tuple("note", "required"));
        Finding done = changed(accepted.reportProgress(action, "DONE", "Breven skickade.", "norr", TODAY));
        assertThat(done.currentPlan().orElseThrow().actions().get(0).status()).isEqualTo(ActionStatus.DONE);
        assertThat(rules(done.reportProgress(action, "IN_PROGRESS", "Ändrat mig", "norr", TODAY)))
                .containsExactly(tuple("actionId", "already-done"));
    }

    @Test
    void closureNeedsAnAcceptedPlanWithEveryActionDone() {
        Finding submitted = submitted(registered(terms(CONTACT_PERSON.id(), "HIGH", "2027-03-10")));
        assertThat(rules(submitted.close("Verifierat", "von", TODAY)))
                .containsExactly(tuple("status", "accepted-plan-required"));

        Finding accepted = changed(submitted.decide("ACCEPTED", null, null, "von", TODAY));
        List<Action> actions = accepted.currentPlan().orElseThrow().actions();
        Finding halfway = changed(accepted.reportProgress(actions.get(0).id(), "DONE", "Klart", "norr", TODAY));
        halfway = changed(halfway.reportProgress(actions.get(1).id(), "IN_PROGRESS", "Pågår", "norr", TODAY));
        assertThat(rules(halfway.close("Verifierat", "von", TODAY)))
                .containsExactly(tuple("actions", "actions-done"));

        Finding allDone = changed(halfway.reportProgress(actions.get(1).id(), "DONE", "Klart", "norr", TODAY));
        assertThat(rules(allDone.close(" ", "von", TODAY))).containsExactly(tuple("note", "required"));
        Finding closed = changed(allDone.close("Verifierat vid besök.", "von", TODAY));
        assertThat(closed.status()).isEqualTo(FindingStatus.CLOSED);
        assertThat(closed.closure().orElseThrow().note()).isEqualTo("Verifierat vid besök.");
        assertThat(rules(closed.recordFollowUp("Något mer", "von", TODAY)))
                .as("a closed finding takes no more follow-up").containsExactly(tuple("status", "open-only"));
    }

    @Test
    void theBoardRecordsFollowUpNotesWhileTheFindingIsOpen() {
        Finding finding = registered(terms(CONTACT_PERSON.id(), "HIGH", "2027-03-10"));

        Finding noted = changed(finding.recordFollowUp("Påminnelse skickad.", "von", TODAY));

        assertThat(noted.notes()).extracting(FollowUpNote::text).containsExactly("Påminnelse skickad.");
        assertThat(noted.status()).isEqualTo(FindingStatus.AWAITING_ACTION_PLAN);
    }

    @Test
    void aFindingAwaitingAPlanAfterItsDueDateIsOverdue() {
        Finding finding = registered(terms(CONTACT_PERSON.id(), "HIGH", "2027-03-10"));

        assertThat(finding.overdue(LocalDate.parse("2027-03-10"))).as("on the due date").isFalse();
        assertThat(finding.overdue(LocalDate.parse("2027-03-11"))).isTrue();
        Finding submitted = changed(finding.submitPlan("Orsaken", List.of(action(LocalDate.parse("2027-04-01"))),
                "norr", LocalDate.parse("2027-03-11")));
        assertThat(submitted.overdue(LocalDate.parse("2027-03-20"))).as("the board has the next move").isFalse();
        Finding rejected = changed(submitted.decide("REJECTED", "Otillräcklig.", "2027-03-25", "von",
                LocalDate.parse("2027-03-15")));
        assertThat(rejected.overdue(LocalDate.parse("2027-03-26"))).as("awaiting the new plan after its due date")
                .isTrue();
    }

    @Test
    void anAcceptedActionPastItsDueDateAndNotDoneIsOverdue() {
        Finding accepted = changed(submitted(registered(terms(CONTACT_PERSON.id(), "HIGH", "2027-03-10")))
                .decide("ACCEPTED", null, null, "von", TODAY));
        List<Action> actions = accepted.currentPlan().orElseThrow().actions();
        LocalDate firstDue = actions.get(0).dueOn();

        assertThat(accepted.overdue(firstDue)).isFalse();
        assertThat(accepted.overdue(firstDue.plusDays(1))).isTrue();
        assertThat(accepted.overdue(actions.get(0), firstDue.plusDays(1))).isTrue();
        Finding firstDone = changed(accepted.reportProgress(actions.get(0).id(), "DONE", "Klart", "norr", TODAY));
        assertThat(firstDone.overdue(firstDue.plusDays(1))).as("the next action is not yet due").isFalse();
        assertThat(firstDone.overdueAfter()).contains(actions.get(1).dueOn());
    }

    private static Finding.Terms terms(String requirementId, String severity, String planDueOn) {
        return new Finding.Terms(requirementId, "Brukarundersökningen: 38 % vet inte vem som är kontaktperson.",
                "USER_SURVEY", "2027-01-31", severity, planDueOn, null);
    }

    private static Finding.ActionTerms action(LocalDate dueOn) {
        return new Finding.ActionTerms("Brev och besök till varje brukare.", "Enhetschef Hemtjänst Norr",
                dueOn.toString(), "Alla brukare vet vem som är deras kontaktperson.");
    }

    private static Finding registered(Finding.Terms terms) {
        Finding.Registration registration = Finding.register(SIGNED, terms, "von.avtal", TODAY, NOW);
        assertThat(registration).isInstanceOf(Finding.Registration.Registered.class);
        return ((Finding.Registration.Registered) registration).finding();
    }

    /** The finding with a submitted plan of two actions, due in 20 and 40 days. */
    private static Finding submitted(Finding finding) {
        return changed(finding.submitPlan("Kontaktpersoner byttes utan besked.",
                List.of(action(TODAY.plusDays(20)), action(TODAY.plusDays(40))), "norr", TODAY));
    }

    private static Finding changed(Finding.Change change) {
        assertThat(change).isInstanceOf(Finding.Change.Changed.class);
        return ((Finding.Change.Changed) change).finding();
    }

    private static List<Tuple> rules(Object outcome) {
        List<Violation> violations = outcome instanceof Finding.Registration.Rejected rejected ? rejected.violations()
                : outcome instanceof Finding.Change.Rejected changeRejected ? changeRejected.violations() : List.of();
        return violations.stream().map(v -> tuple(v.field(), v.rule())).toList();
    }
}
