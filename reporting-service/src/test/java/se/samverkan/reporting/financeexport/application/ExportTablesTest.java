package se.samverkan.reporting.financeexport.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.samverkan.reporting.financeexport.domain.ExportTable;
import se.samverkan.reporting.goalattainment.domain.Actual;
import se.samverkan.reporting.goalattainment.domain.Aggregation;
import se.samverkan.reporting.goalattainment.domain.GoalAssessment;
import se.samverkan.reporting.goalattainment.domain.GoalAttainment;
import se.samverkan.reporting.goalattainment.domain.IndicatorAttainment;
import se.samverkan.reporting.strategiccontracts.domain.CategoryCount;
import se.samverkan.reporting.strategiccontracts.domain.FindingTally;
import se.samverkan.reporting.strategiccontracts.domain.StrategicContract;
import se.samverkan.reporting.unitstatistics.domain.UnitPeriodStatistics;

/** Each exported table holds the rows its report has, one per what the table's heading says. */
class ExportTablesTest {

    @Test
    void goalAttainmentHasARowPerIndicatorUnderItsGoalsAndAGoalWithoutIndicatorsStillShowsItsAssessment() {
        IndicatorAttainment satisfied = IndicatorAttainment.measure("ind-1", "Nöjda brukare", "%", "INCREASE",
                "SATISFACTION", Aggregation.of("MEAN"), Optional.of(new BigDecimal("90")), Optional.of(new Actual(
                        Optional.of(new BigDecimal("92.5")), Map.of("K", new BigDecimal("94"), "M", new BigDecimal("90")),
                        Map.of(), Map.of(), 3, 12)));
        GoalAssessment judged = ((GoalAssessment.Recording.Recorded) GoalAssessment.none("bg-1", 2026, "board-von",
                "2023-2026").record("ANNUAL_REPORT", "PARTLY_MET", "Nästan.", "anna", "board-von", Instant.EPOCH))
                .assessment();
        GoalAttainment attainment = GoalAttainment.rollUp("2023-2026", 2026,
                List.of(new GoalAttainment.CouncilGoal("cg-1", 1, "Trygg omsorg", "SOCIAL")),
                List.of(GoalAttainment.BoardGoal.of("bg-1", "board-von", "VON", "Nöjda brukare i hemtjänsten", "cg-1",
                                List.of(satisfied), judged),
                        GoalAttainment.BoardGoal.of("bg-2", "board-bun", "BUN", "Trygga barn", "cg-1", List.of(),
                                GoalAssessment.none("bg-2", 2026, "board-bun", "2023-2026"))));

        ExportTable table = GoalAttainmentExport.table(attainment);

        assertThat(table.rows()).hasSize(2);
        Map<String, Object> von = row(table, 1);
        assertThat(von).containsEntry("goalArea", "SOCIAL").containsEntry("councilGoalNumber", 1L)
                .containsEntry("board", "VON").containsEntry("indicator", "Nöjda brukare")
                .containsEntry("direction", "Öka").containsEntry("units", 3L).containsEntry("statusCode", "ON_TARGET")
                .containsEntry("status", "Målvärdet nås").containsEntry("assessment", "Delvis uppfyllt")
                .containsEntry("assessmentComment", "Nästan.").containsEntry("forecast", null);
        assertThat((BigDecimal) von.get("actual")).isEqualByComparingTo("92.5");
        assertThat((BigDecimal) von.get("actualWomen")).isEqualByComparingTo("94");
        assertThat((BigDecimal) von.get("target")).isEqualByComparingTo("90");
        assertThat(row(table, 0)).as("sorted by board within the council goal; no indicator, no figures")
                .containsEntry("board", "BUN").containsEntry("indicator", null).containsEntry("actual", null)
                .containsEntry("status", null);
    }

    @Test
    void strategicContractsOfAYearAreThoseThatRanDuringItWithTheirValueAndFindings() {
        StrategicContract running = contract("a", "2025-01-01", null, null);
        StrategicContract startsNextYear = contract("b", "2027-01-01", null, null);
        StrategicContract endedLastYear = contract("c", "2023-01-01", "2025-12-31", null);
        StrategicContract terminatedLastYear = contract("d", "2024-01-01", "2028-12-31", "2025-06-30");
        StrategicContract terminatedThisYear = contract("e", "2024-01-01", "2028-12-31", "2026-03-31");

        assertThat(List.of(running, startsNextYear, endedLastYear, terminatedLastYear, terminatedThisYear))
                .filteredOn(contract -> StrategicContractsExport.ranDuring(contract, 2026))
                .extracting(StrategicContract::agreementId).containsExactly("a", "e");

        ExportTable table = StrategicContractsExport.table(List.of(terminatedThisYear, running),
                Map.of("a", new FindingTally(3, 1, 2, 2)));
        assertThat(table.rows()).extracting(row -> row.get(0)).as("by board, then title").containsExactly("a", "e");
        Map<String, Object> first = row(table, 0);
        assertThat((BigDecimal) first.get("annualValue")).isEqualByComparingTo("1250000.50");
        assertThat(first).containsEntry("startsOn", LocalDate.of(2025, 1, 1)).containsEntry("requirements", 5L)
                .containsEntry("findingsRegistered", 3L).containsEntry("findingsOpen", 1L)
                .containsEntry("findingsWithAcceptedPlan", 2L).containsEntry("terminatedOn", null);
        assertThat(row(table, 1)).containsEntry("findingsRegistered", 0L)
                .containsEntry("terminatedOn", LocalDate.of(2026, 3, 31));
    }

    @Test
    void unitStatisticsOfAYearAreItsMonthsQuartersAndTheYearItselfOneRowPerMeasure() {
        List<UnitPeriodStatistics> all = List.of(statistics("u-2", "Öster", "2026-03"), statistics("u-1", "Väster", "2026-Q1"),
                statistics("u-1", "Väster", "2026"), statistics("u-1", "Väster", "2025-12"),
                statistics("u-1", "Väster", "20261"));

        ExportTable table = UnitStatisticsExport.table(all, 2026);

        assertThat(table.rows()).extracting(row -> row.get(0) + " " + row.get(4) + " " + row.get(9))
                .containsExactly("2026 Väster SATISFACTION", "2026 Väster STAFF", "2026-03 Öster SATISFACTION",
                        "2026-03 Öster STAFF", "2026-Q1 Väster SATISFACTION", "2026-Q1 Väster STAFF");
        Map<String, Object> first = row(table, 0);
        assertThat((BigDecimal) first.get("value")).isEqualByComparingTo("87.5");
        assertThat((BigDecimal) first.get("women")).isEqualByComparingTo("90");
        assertThat(first).containsEntry("respondents", 40L).containsEntry("late", "Nej")
                .containsEntry("submittedOn", LocalDate.of(2026, 4, 1)).containsEntry("periodStart", null);
    }

    private static Map<String, Object> row(ExportTable table, int index) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < table.columns().size(); i++) {
            row.put(table.columns().get(i).name(), table.rows().get(index).get(i));
        }
        return row;
    }

    private static StrategicContract contract(String id, String startsOn, String endsOn, String terminatedOn) {
        return new StrategicContract(id, "Hemtjänst " + id, "board", "board-von", "provider", "provider-org", "LOU",
                "HOME_CARE", startsOn, endsOn, "1250000.50", true, "anna", List.of(new CategoryCount("BASIC_QUALITY", 5)),
                "2024-12-01", terminatedOn, terminatedOn == null ? null : "Brister");
    }

    private static UnitPeriodStatistics statistics(String unitId, String name, String period) {
        return new UnitPeriodStatistics(unitId, name, "p", "provider-org", "HOME_CARE", "Öster", period, "MONTHLY",
                null, "board-von", "spec", 1, 1, false, Instant.parse("2026-03-31T22:30:00Z"), List.of(
                new UnitPeriodStatistics.Figure("STAFF", "COUNT", new BigDecimal("12"), null, Map.of()),
                new UnitPeriodStatistics.Figure("SATISFACTION", "PERCENT", new BigDecimal("87.5"), null,
                        Map.of("K", new BigDecimal("90"), "M", new BigDecimal("85")), Map.of(), Map.of(), 40)));
    }
}
