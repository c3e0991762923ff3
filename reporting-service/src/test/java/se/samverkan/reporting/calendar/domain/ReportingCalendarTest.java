package se.samverkan.reporting.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The council's fixed reporting calendar of 004 and when a board's report counts as on time. */
class ReportingCalendarTest {

    @Test
    void aYearHasTheMonthlyReportsTheInterimReportAndThePreviousYearsAccounts() {
        ReportingCalendar calendar = ReportingCalendar.of(2026, DueDates.DEFAULT);

        assertThat(calendar.items()).extracting(CalendarItem::key).containsExactly("2025:PRELIMINARY_ACCOUNTS",
                "2025:ANNUAL_REPORT", "2026:MONTH_02", "2026:MONTH_03", "2026:MONTH_04", "2026:MONTH_05",
                "2026:INTERIM_08", "2026:MONTH_10");
        assertThat(calendar.items()).extracting(CalendarItem::dueOn).containsExactly(LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 10),
                LocalDate.of(2026, 5, 10), LocalDate.of(2026, 6, 10), LocalDate.of(2026, 9, 15),
                LocalDate.of(2026, 11, 10));
    }

    @Test
    void thePreliminaryAccountsGoToKsInJanuaryAndTheAnnualReportIsAdoptedByKfInApril() {
        ReportingCalendar calendar = ReportingCalendar.of(2026, DueDates.DEFAULT);

        CalendarItem preliminary = calendar.items().get(0);
        CalendarItem annual = calendar.items().get(1);
        assertThat(preliminary.receivedBy()).isEqualTo("KS");
        assertThat(preliminary.decidedIn()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(preliminary.periodFrom()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(preliminary.periodTo()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(annual.receivedBy()).isEqualTo("KF");
        assertThat(annual.decidedIn()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(calendar.items()).filteredOn(item -> item.report().requiresFullYearForecast())
                .extracting(CalendarItem::report).containsExactly(BoardReport.MONTH_04, BoardReport.INTERIM_08);
    }

    @Test
    void theDueDaysAreSettingsWithinWhatTheSeedAllows() {
        DueDates later = new DueDates(20, MonthDay.of(9, 30), MonthDay.of(1, 31), MonthDay.of(3, 1));

        assertThat(later.of(BoardReport.MONTH_10, 2026)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(later.of(BoardReport.ANNUAL_REPORT, 2026)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThatThrownBy(() -> new DueDates(29, MonthDay.of(9, 15), MonthDay.of(1, 15), MonthDay.of(2, 15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DueDates(10, MonthDay.of(9, 15), MonthDay.of(2, 1), MonthDay.of(2, 15)))
                .hasMessageContaining("January");
        assertThatThrownBy(() -> new DueDates(10, MonthDay.of(9, 15), MonthDay.of(1, 15), MonthDay.of(4, 20)))
                .hasMessageContaining("April");
    }

    @Test
    void aReportHandedInOnItsDueDayIsOnTimeAndOneNotHandedInIsMissingOnceTheDayHasPassed() {
        LocalDate due = LocalDate.of(2026, 3, 10);

        assertThat(SubmissionStatus.of(due, Optional.of(due), due.plusDays(30))).isEqualTo(SubmissionStatus.ON_TIME);
        assertThat(SubmissionStatus.of(due, Optional.of(due.plusDays(1)), due.plusDays(30)))
                .isEqualTo(SubmissionStatus.LATE);
        assertThat(SubmissionStatus.of(due, Optional.empty(), due)).isEqualTo(SubmissionStatus.NOT_YET_DUE);
        assertThat(SubmissionStatus.of(due, Optional.empty(), due.plusDays(1))).isEqualTo(SubmissionStatus.MISSING);
    }
}
