package se.samverkan.reporting.strategiccontracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.reporting.strategiccontracts.domain.EssentialRequirements.Verdict;

class EssentialRequirementsTest {

    private static final LocalDate JUDGED_ON = LocalDate.of(2027, 12, 31);

    @Test
    void aProviderWithoutOpenFindingsMeetsTheEssentialRequirements() {
        assertThat(EssentialRequirements.judge(List.of(), JUDGED_ON).verdict()).isEqualTo(Verdict.MEETS);
    }

    @Test
    void anOpenFindingOnABasicRequirementMeansTheEssentialRequirementsAreNotMetWhateverItsSeverity() {
        for (String basic : List.of("BASIC_QUALITY", "ACTIVITY_GOALS", "RESOURCE_EFFICIENCY")) {
            var judgement = EssentialRequirements.judge(List.of(finding(basic, "LOW", "2027-03-01", null)), JUDGED_ON);
            assertThat(judgement.verdict()).as(basic).isEqualTo(Verdict.DOES_NOT_MEET);
            assertThat(judgement.meets()).isFalse();
            assertThat(judgement.openEssential()).isEqualTo(1);
        }
    }

    @Test
    void anOpenFindingOfHighOrSeriousSeverityMeansTheEssentialRequirementsAreNotMetWhateverItsRequirement() {
        for (String grave : List.of("HIGH", "SERIOUS")) {
            assertThat(EssentialRequirements.judge(List.of(finding("PUBLIC_INSIGHT_DUTY", grave, "2027-03-01", null)),
                    JUDGED_ON).verdict()).as(grave).isEqualTo(Verdict.DOES_NOT_MEET);
        }
    }

    @Test
    void openFindingsOfLowOrMediumSeverityOnOtherRequirementsAreRemarksNotAFailure() {
        var judgement = EssentialRequirements.judge(List.of(finding("LABOUR_CONDITIONS", "MEDIUM", "2027-03-01", null),
                finding("PUBLIC_INSIGHT_DUTY", "LOW", "2027-04-01", null)), JUDGED_ON);

        assertThat(judgement.verdict()).isEqualTo(Verdict.MEETS_WITH_REMARKS);
        assertThat(judgement.meets()).isTrue();
        assertThat(judgement.openOther()).isEqualTo(2);
    }

    @Test
    void aFindingClosedByTheDayOfJudgementNoLongerCountsButOneClosedAfterItStillDoes() {
        assertThat(EssentialRequirements.judge(List.of(finding("BASIC_QUALITY", "SERIOUS", "2027-03-01", "2027-11-30")),
                JUDGED_ON).verdict()).isEqualTo(Verdict.MEETS);
        assertThat(EssentialRequirements.judge(List.of(finding("BASIC_QUALITY", "SERIOUS", "2027-03-01", "2028-01-15")),
                JUDGED_ON).verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    }

    @Test
    void anAcceptedActionPlanDoesNotMakeAnOpenDeficiencyMet() {
        ContractFinding withAcceptedPlan = new ContractFinding("f1", "a1", registration("BASIC_QUALITY", "MEDIUM",
                "2027-03-01"), List.of(new ContractFinding.ActionPlan(1, "Orsak", List.of(), LocalDate.of(2027, 3, 20),
                "ACCEPTED", null, LocalDate.of(2027, 4, 1))), null, null);

        assertThat(EssentialRequirements.judge(List.of(withAcceptedPlan), JUDGED_ON).verdict())
                .isEqualTo(Verdict.DOES_NOT_MEET);
    }

    @Test
    void aFindingRegisteredAfterTheDayOfJudgementOrNotYetRegisteredDoesNotCount() {
        ContractFinding onlyDecisionKnown = new ContractFinding("f2", "a1", null, List.of(new ContractFinding
                .ActionPlan(1, null, List.of(), null, "ACCEPTED", null, LocalDate.of(2027, 4, 1))), null, null);

        assertThat(EssentialRequirements.judge(List.of(finding("BASIC_QUALITY", "SERIOUS", "2028-01-02", null),
                onlyDecisionKnown), JUDGED_ON).verdict()).isEqualTo(Verdict.MEETS);
    }

    static ContractFinding finding(String category, String severity, String registeredOn, String closedOn) {
        return new ContractFinding("f-" + category + severity + registeredOn, "a1",
                registration(category, severity, registeredOn), List.of(),
                closedOn == null ? null : LocalDate.parse(closedOn), closedOn == null ? null : "Verifierat.");
    }

    static ContractFinding.Registration registration(String category, String severity, String registeredOn) {
        return new ContractFinding.Registration("board-von", "r1", category, "Iakttaget.", "VISIT",
                LocalDate.parse(registeredOn), severity, null, LocalDate.parse(registeredOn),
                LocalDate.parse(registeredOn).plusDays(30));
    }
}
