package se.samverkan.reporting.strategiccontracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CompiledReportTest {

    @Test
    void theReportHasASectionPerBoardWithTheStrategicContractsThatRanDuringTheYear() {
        CompiledReport report = CompiledReport.compile(2027, LocalDate.of(2028, 2, 1), List.of(
                contract("a-von", "board-von", "2026-01-01", null, null, true),
                contract("a-kun", "board-kun", "2027-06-01", "2029-12-31", null, true),
                contract("a-ended-2026", "board-von", "2024-01-01", null, "2026-12-31", true),
                contract("a-starts-2028", "board-von", "2028-01-01", null, null, true),
                contract("a-not-strategic", "board-von", "2026-01-01", null, null, false)), Map.of());

        assertThat(report.boards()).extracting(CompiledReport.BoardSection::boardOrganisationId)
                .containsExactly("board-kun", "board-von");
        assertThat(report.boards().get(1).contracts()).extracting(entry -> entry.contract().agreementId())
                .containsExactly("a-von");
        assertThat(report.judgedOn()).as("a past year is judged on its last day").isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void aRunningYearIsJudgedOnTheDayTheReportIsCompiled() {
        assertThat(CompiledReport.compile(2027, LocalDate.of(2027, 8, 31), List.of(), Map.of()).judgedOn())
                .isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void theDeficienciesOfTheYearAreThoseOpenAtSomeTimeDuringItEachWithTheBoardsStatementOfItsGoalImpact() {
        ContractFinding closedLastYear = EssentialRequirementsTest.finding("BASIC_QUALITY", "HIGH", "2026-03-01",
                "2026-10-01");
        ContractFinding closedThisYear = EssentialRequirementsTest.finding("LABOUR_CONDITIONS", "LOW", "2026-11-01",
                "2027-02-01");
        ContractFinding stated = new ContractFinding("f-stated", "a-von", new ContractFinding.Registration("board-von",
                "r2", "BASIC_QUALITY", "Brist", "VISIT", LocalDate.of(2027, 5, 1), "HIGH",
                "Målet om kontinuitet i hemtjänsten nås inte.", LocalDate.of(2027, 5, 2), LocalDate.of(2027, 6, 2)),
                List.of(), null, null);

        CompiledReport.ContractEntry entry = CompiledReport.compile(2027, LocalDate.of(2028, 1, 10),
                List.of(contract("a-von", "board-von", "2026-01-01", null, null, true)),
                Map.of("a-von", List.of(closedLastYear, closedThisYear, stated))).boards().get(0).contracts().get(0);

        assertThat(entry.deficiencies()).containsExactly(closedThisYear, stated);
        assertThat(entry.goalImpacts()).containsExactly(CompiledReport.GOAL_IMPACT_NOT_STATED,
                "Målet om kontinuitet i hemtjänsten nås inte.");
        assertThat(entry.judgement().verdict()).isEqualTo(EssentialRequirements.Verdict.DOES_NOT_MEET);
    }

    @Test
    void aContractWithoutDeficienciesSaysTheyDoNotAffectTheGoalAttainment() {
        CompiledReport.ContractEntry entry = CompiledReport.compile(2027, LocalDate.of(2028, 1, 10),
                List.of(contract("a-von", "board-von", "2026-01-01", null, null, true)), Map.of())
                .boards().get(0).contracts().get(0);

        assertThat(entry.deficiencies()).isEmpty();
        assertThat(entry.goalImpacts()).containsExactly(CompiledReport.NO_DEFICIENCIES);
        assertThat(entry.judgement().verdict()).isEqualTo(EssentialRequirements.Verdict.MEETS);
    }

    @Test
    void aFindingsStatusFollowsItsLatestPlanAndItsClosing() {
        ContractFinding.Registration registration = EssentialRequirementsTest.registration("BASIC_QUALITY", "LOW",
                "2027-01-10");
        ContractFinding.ActionPlan rejected = new ContractFinding.ActionPlan(1, "A", List.of(),
                LocalDate.of(2027, 2, 1), "REJECTED", "Saknar tidsplan.", LocalDate.of(2027, 2, 5));
        ContractFinding.ActionPlan second = new ContractFinding.ActionPlan(2, "B", List.of(),
                LocalDate.of(2027, 2, 20), null, null, null);

        assertThat(new ContractFinding("f", "a", registration, List.of(), null, null).status())
                .isEqualTo(ContractFinding.Status.AWAITING_ACTION_PLAN);
        assertThat(new ContractFinding("f", "a", registration, List.of(rejected), null, null).status())
                .isEqualTo(ContractFinding.Status.PLAN_REJECTED);
        assertThat(new ContractFinding("f", "a", registration, List.of(second, rejected), null, null).status())
                .isEqualTo(ContractFinding.Status.PLAN_SUBMITTED);
        assertThat(new ContractFinding("f", "a", registration, List.of(second, rejected), null, null).currentPlan())
                .contains(second);
        assertThat(new ContractFinding("f", "a", registration, List.of(rejected), LocalDate.of(2027, 6, 1), "Ok")
                .status()).isEqualTo(ContractFinding.Status.CLOSED);
    }

    private static StrategicContract contract(String id, String board, String startsOn, String endsOn,
                                              String terminatedOn, boolean strategic) {
        return new StrategicContract(id, "Avtal " + id, "b-" + board, board, "p-1", "provider-1", "LOU", "HOME_CARE",
                startsOn, endsOn, "1000000", strategic, "avtal", List.of(), "2025-12-01", terminatedOn,
                terminatedOn == null ? null : "Uppsagt.");
    }
}
