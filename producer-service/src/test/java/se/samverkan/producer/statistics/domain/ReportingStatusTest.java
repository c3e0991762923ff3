package se.samverkan.producer.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportingStatusTest {

    private static final DueDates DUE = new DueDates(15);

    private static List<ReportingStatus.PeriodStatus> periods(Map<String, ReportingStatus.Submitted> submitted,
                                                              LocalDate today) {
        List<ReportingStatus.UnitStatus> units = ReportingStatus.of(2027, List.of(Fixtures.UNIT),
                List.of(Fixtures.AGREEMENT), List.of(Fixtures.SPEC_V1), submitted, today, DUE, board -> true);
        assertThat(units).hasSize(1);
        return units.get(0).periods();
    }

    private static ReportingStatus.PeriodStatus period(List<ReportingStatus.PeriodStatus> periods, String period) {
        return periods.stream().filter(status -> status.period().equals(period)).findFirst().orElseThrow();
    }

    @Test
    void everyPeriodOfEveryFrequencyTheSpecificationAsksForIsDue() {
        List<ReportingStatus.PeriodStatus> periods = periods(Map.of(), LocalDate.of(2027, 5, 1));

        assertThat(periods).extracting(ReportingStatus.PeriodStatus::period).contains("2027-01", "2027-12", "2027-Q1",
                "2027-Q4", "2027").hasSize(12 + 4 + 1);
    }

    @Test
    void missingPeriodsAreListed() {
        List<ReportingStatus.PeriodStatus> periods = periods(Map.of(), LocalDate.of(2027, 4, 16));

        assertThat(periods.stream().filter(status -> status.state() == ReportingStatus.State.MISSING)
                .map(ReportingStatus.PeriodStatus::period)).containsExactly("2027-01", "2027-02", "2027-03", "2027-Q1");
        assertThat(period(periods, "2027-04").state()).isEqualTo(ReportingStatus.State.NOT_YET_DUE);
    }

    @Test
    void submissionAfterDueDateIsLate() {
        Map<String, ReportingStatus.Submitted> submitted = Map.of(
                ReportingStatus.key(Fixtures.UNIT.unitId(), ReportingPeriod.parse("2027-01").orElseThrow()),
                new ReportingStatus.Submitted(LocalDate.of(2027, 2, 15), Instant.parse("2027-02-15T10:00:00Z"), 1),
                ReportingStatus.key(Fixtures.UNIT.unitId(), ReportingPeriod.parse("2027-02").orElseThrow()),
                new ReportingStatus.Submitted(LocalDate.of(2027, 3, 16), Instant.parse("2027-03-16T10:00:00Z"), 2));

        List<ReportingStatus.PeriodStatus> periods = periods(submitted, LocalDate.of(2027, 4, 1));

        assertThat(period(periods, "2027-01").state()).isEqualTo(ReportingStatus.State.ON_TIME);
        assertThat(period(periods, "2027-02").state()).isEqualTo(ReportingStatus.State.LATE);
        assertThat(period(periods, "2027-02").latestVersion()).isEqualTo(2);
    }

    @Test
    void periodsOutsideTheAgreementAreNotDue() {
        Agreement fromApril = new Agreement("a-1", Fixtures.PROVIDER, Fixtures.BOARD_ID, Fixtures.BOARD, "HOME_CARE",
                LocalDate.of(2027, 4, 10), null, LocalDate.of(2027, 8, 31));

        List<ReportingStatus.PeriodStatus> periods = ReportingStatus.of(2027, List.of(Fixtures.UNIT),
                List.of(fromApril), List.of(Fixtures.SPEC_V1), Map.of(), LocalDate.of(2027, 12, 1), DUE, board -> true)
                .get(0).periods();

        assertThat(periods).extracting(ReportingStatus.PeriodStatus::period).containsExactly("2027-04", "2027-05",
                "2027-06", "2027-07", "2027-08", "2027-Q2", "2027-Q3", "2027");
    }

    @Test
    void aClosedUnitOwesNothingForThePeriodsAfterItClosed() {
        ReportingUnit closedInJuly = new ReportingUnit(Fixtures.UNIT.unitId(), Fixtures.UNIT.name(),
                Fixtures.UNIT.serviceArea(), Fixtures.UNIT.area(), Fixtures.UNIT.openedOn(), LocalDate.of(2027, 7, 1));

        List<ReportingStatus.PeriodStatus> periods = ReportingStatus.of(2027, List.of(closedInJuly),
                List.of(Fixtures.AGREEMENT), List.of(Fixtures.SPEC_V1), Map.of(), LocalDate.of(2027, 12, 1), DUE,
                board -> true).get(0).periods();

        // open on some day of each: January to June, the first two quarters and the year
        assertThat(periods).extracting(ReportingStatus.PeriodStatus::period).containsExactly("2027-01", "2027-02",
                "2027-03", "2027-04", "2027-05", "2027-06", "2027-Q1", "2027-Q2", "2027");
    }

    @Test
    void aBoardsOfficialsSeeOnlyTheDutiesOwedToTheirBoard() {
        List<ReportingStatus.UnitStatus> units = ReportingStatus.of(2027, List.of(Fixtures.UNIT),
                List.of(Fixtures.AGREEMENT), List.of(Fixtures.SPEC_V1), Map.of(), LocalDate.of(2027, 5, 1), DUE,
                "board-kun"::equals);

        assertThat(units.get(0).periods()).isEmpty();
    }
}
