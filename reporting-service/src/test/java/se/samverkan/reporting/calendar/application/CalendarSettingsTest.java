package se.samverkan.reporting.calendar.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.samverkan.reporting.calendar.domain.BoardReport;
import se.samverkan.reporting.calendar.domain.DueDates;

class CalendarSettingsTest {

    @Test
    void theDueDaysAreTheDocumentedDefaultsUnlessConfigured() {
        CalendarSettings defaults = new CalendarSettings(null, null, null, null, null);

        assertThat(defaults.dueDates()).isEqualTo(DueDates.DEFAULT);
        assertThat(defaults.zoneId().getId()).isEqualTo("Europe/Stockholm");
        assertThat(new CalendarSettings(5, "09-30", "01-20", "03-01", "UTC").dueDates()
                .of(BoardReport.INTERIM_08, 2026)).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void aDueDayThatIsNotADayOrOutsideTheSeedsMonthsStopsTheStart() {
        assertThatThrownBy(() -> new CalendarSettings(10, "15 september", null, null, null))
                .hasMessageContaining("interim-due must be MM-DD");
        assertThatThrownBy(() -> new CalendarSettings(31, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarSettings(null, null, null, "05-01", null))
                .hasMessageContaining("April");
        assertThatThrownBy(() -> new CalendarSettings(null, null, null, null, "Mars/Olympus"))
                .isInstanceOf(java.time.DateTimeException.class);
    }
}
