package se.samverkan.orderer.internalcontrol.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class InternalControlPlanTest {

    private static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");

    @Test
    void riskValueIsProbabilityTimesConsequenceAndNineOrMoreIsHigh() {
        InternalControlPlan plan = done(draft().addRisk(risk("Felaktiga utbetalningar", 3, 3)));
        plan = done(plan.addRisk(risk("Bristande dokumentation", 2, 4)));

        assertThat(plan.risks()).extracting(Risk::value).containsExactly(9, 8);
        assertThat(plan.risks()).extracting(Risk::high).containsExactly(true, false);
    }

    @Test
    void probabilityAndConsequenceAreGradedFromOneToFour() {
        assertThat(rules(draft().addRisk(risk("Risk", 0, 5)))).containsExactly("range", "range");
        assertThat(rules(draft().addRisk(new InternalControlPlan.RiskTerms(null, null, "MAGIC", null, null))))
                .containsExactly("required", "one-of", "required", "required");
    }

    @Test
    void planCannotBeDecidedWithoutARiskAnalysis() {
        assertThat(rules(draft().decide("2026-12-10", "VON § 90"))).containsExactly("risk-analysis");
    }

    @Test
    void highRiskNeedsAControlBeforeThePlanIsDecided() {
        InternalControlPlan plan = done(draft().addRisk(risk("Felaktiga utbetalningar", 3, 4)));
        plan = done(plan.addRisk(risk("Sen rapportering", 2, 2)));

        assertThat(rules(plan.decide("2026-12-10", null))).as("the high risk has no control")
                .containsExactly("high-risk-control");

        InternalControlPlan controlled = done(plan.addControl(plan.risks().get(0).id(), control()));
        InternalControlPlan decided = done(controlled.decide("2026-12-10", "VON § 90"));
        assertThat(decided.decided()).as("the low risk may go without a control").isTrue();
    }

    @Test
    void decidedPlanKeepsItsRiskAnalysisAndControls() {
        InternalControlPlan decided = decidedWithOneControl();

        assertThat(rules(decided.addRisk(risk("Ny risk", 1, 1)))).containsExactly("decided-plan");
        assertThat(rules(decided.addControl(decided.risks().get(0).id(), control()))).containsExactly("decided-plan");
        assertThat(rules(decided.removeRisk(decided.risks().get(0).id()))).containsExactly("decided-plan");
        assertThat(rules(decided.decide("2026-12-11", null))).containsExactly("decided-plan");
    }

    @Test
    void resultsAreReportedForADecidedPlanOnly() {
        InternalControlPlan plan = done(draft().addRisk(risk("Risk", 1, 1)));
        plan = done(plan.addControl(plan.risks().get(0).id(), control()));

        assertThat(rules(plan.recordResult(plan.controls().get(0).id(), result("INTERIM", "NO_DEVIATION", null),
                "von.controller"))).containsExactly("draft-plan");
    }

    @Test
    void deviationNeedsAnAction() {
        InternalControlPlan plan = decidedWithOneControl();
        UUID control = plan.controls().get(0).id();

        assertThat(rules(plan.recordResult(control, result("INTERIM", "DEVIATION", null), "von.controller")))
                .containsExactly("deviation-action");
        InternalControlPlan reported = done(plan.recordResult(control, result("INTERIM", "DEVIATION",
                "Rutinen för attest skärps från oktober."), "von.controller"));
        assertThat(reported.controls().get(0).resultFor(Report.INTERIM)).get()
                .extracting(ControlResult::action).isEqualTo("Rutinen för attest skärps från oktober.");
    }

    @Test
    void eachControlIsReportedOncePerReport() {
        InternalControlPlan plan = decidedWithOneControl();
        UUID control = plan.controls().get(0).id();
        InternalControlPlan interim = done(plan.recordResult(control, result("INTERIM", "NO_DEVIATION", null), "a"));

        assertThat(rules(interim.recordResult(control, result("INTERIM", "NO_DEVIATION", null), "a")))
                .containsExactly("already-reported");
        assertThat(interim.recordResult(control, result("ANNUAL", "NO_DEVIATION", null), "a"))
                .isInstanceOf(InternalControlPlan.Result.Done.class);
    }

    @Test
    void annualAssessmentNeedsEveryControlReportedForTheAnnualReport() {
        InternalControlPlan plan = decidedWithOneControl();
        UUID control = plan.controls().get(0).id();
        InternalControlPlan interimOnly = done(plan.recordResult(control, result("INTERIM", "NO_DEVIATION", null), "a"));

        assertThat(rules(interimOnly.assess(true, "Fungerar.", "2028-02-20", "a")))
                .containsExactly("every-control-reported");

        InternalControlPlan annual = done(interimOnly.recordResult(control, result("ANNUAL", "NO_DEVIATION", null),
                "a"));
        InternalControlPlan assessed = done(annual.assess(false, "Kontrollen av utbetalningar behöver breddas.",
                "2028-02-20", "von.controller"));
        assertThat(assessed.assessment()).get().extracting(InternalControlPlan.Assessment::works).isEqualTo(false);
        assertThat(rules(assessed.assess(true, "Igen.", "2028-02-21", "a"))).containsExactly("assessed");
    }

    @Test
    void removingARiskRemovesItsControls() {
        InternalControlPlan plan = done(draft().addRisk(risk("Risk", 4, 4)));
        plan = done(plan.addControl(plan.risks().get(0).id(), control()));

        InternalControlPlan fewer = done(plan.removeRisk(plan.risks().get(0).id()));
        assertThat(fewer.risks()).isEmpty();
        assertThat(fewer.controls()).isEmpty();
        assertThat(plan.removeRisk(UUID.randomUUID())).isInstanceOf(InternalControlPlan.Result.NotFound.class);
    }

    private static InternalControlPlan decidedWithOneControl() {
        InternalControlPlan plan = done(draft().addRisk(risk("Felaktiga utbetalningar", 4, 3)));
        plan = done(plan.addControl(plan.risks().get(0).id(), control()));
        return done(plan.decide("2026-12-10", "VON § 90"));
    }

    private static InternalControlPlan draft() {
        return done(InternalControlPlan.start("board-1", "board-von", 2027, NOW));
    }

    private static InternalControlPlan.RiskTerms risk(String title, int probability, int consequence) {
        return new InternalControlPlan.RiskTerms(title, null, "PROCESS_REVIEW", probability, consequence);
    }

    private static InternalControlPlan.ControlTerms control() {
        return new InternalControlPlan.ControlTerms("Stickprov på utbetalningar", "20 stickprov per halvår",
                "Controller", "Mars och september");
    }

    private static InternalControlPlan.ResultTerms result(String report, String outcome, String action) {
        return new InternalControlPlan.ResultTerms(report, outcome, null, action, "2027-08-31");
    }

    private static InternalControlPlan done(InternalControlPlan.Result result) {
        assertThat(result).as(result.toString()).isInstanceOf(InternalControlPlan.Result.Done.class);
        return ((InternalControlPlan.Result.Done) result).plan();
    }

    private static List<String> rules(InternalControlPlan.Result result) {
        assertThat(result).isInstanceOf(InternalControlPlan.Result.Rejected.class);
        return ((InternalControlPlan.Result.Rejected) result).violations().stream().map(Violation::rule).toList();
    }
}
