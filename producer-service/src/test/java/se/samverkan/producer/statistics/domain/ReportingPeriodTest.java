package se.samverkan.producer.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void aPeriodIsAMonthAQuarterOrAYearAndSaysItsFrequency() {
        assertThat(ReportingPeriod.parse("2027-03")).hasValueSatisfying(period -> {
            assertThat(period.frequency()).isEqualTo(Frequency.MONTHLY);
            assertThat(period.firstDay()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(period.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        });
        assertThat(ReportingPeriod.parse("2027-q2")).hasValueSatisfying(period -> {
            assertThat(period.frequency()).isEqualTo(Frequency.QUARTERLY);
            assertThat(period.toString()).isEqualTo("2027-Q2");
            assertThat(period.firstDay()).isEqualTo(LocalDate.of(2027, 4, 1));
            assertThat(period.lastDay()).isEqualTo(LocalDate.of(2027, 6, 30));
        });
        assertThat(ReportingPeriod.parse("2027")).hasValueSatisfying(period -> {
            assertThat(period.frequency()).isEqualTo(Frequency.YEARLY);
            assertThat(period.lastDay()).isEqualTo(LocalDate.of(2027, 12, 31));
        });
        assertThat(ReportingPeriod.parse("2027-00")).isEmpty();
        assertThat(ReportingPeriod.parse("2027-Q5")).isEmpty();
        assertThat(ReportingPeriod.parse("1999")).isEmpty();
        assertThat(ReportingPeriod.parse("2027-3")).isEmpty();
    }

    @Test
    void statisticsAreDueOnTheGivenDayOfTheMonthAfterThePeriod() {
        DueDates fifteenth = new DueDates(DueDates.DEFAULT_DAY);

        assertThat(fifteenth.dueOn(ReportingPeriod.parse("2027-03").orElseThrow())).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(fifteenth.dueOn(ReportingPeriod.parse("2027-12").orElseThrow())).isEqualTo(LocalDate.of(2028, 1, 15));
        assertThat(fifteenth.dueOn(ReportingPeriod.parse("2027-Q1").orElseThrow())).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(fifteenth.dueOn(ReportingPeriod.parse("2027").orElseThrow())).isEqualTo(LocalDate.of(2028, 1, 15));
        assertThat(new DueDates(5).dueOn(ReportingPeriod.parse("2027-03").orElseThrow()))
                .isEqualTo(LocalDate.of(2027, 4, 5));
    }
}
