package se.samverkan.orderer.goal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MandatePeriodTest {

    @Test
    void aMandatePeriodIsTheFourCalendarYearsAfterAnOrdinaryElection() {
        assertThat(MandatePeriod.parse("2023-2026")).contains(new MandatePeriod(2023));
        assertThat(MandatePeriod.parse(" 2027–2030 ")).as("an en dash, as officials write it")
                .contains(new MandatePeriod(2027));
        assertThat(MandatePeriod.parse("1995-1998")).as("the first four-year term").isPresent();

        assertThat(MandatePeriod.parse("2024-2027")).as("no election in 2023").isEmpty();
        assertThat(MandatePeriod.parse("2023-2025")).as("three years").isEmpty();
        assertThat(MandatePeriod.parse("1991-1994")).as("three-year terms before 1994").isEmpty();
        assertThat(MandatePeriod.parse("2023")).isEmpty();
        assertThat(MandatePeriod.parse(null)).isEmpty();
    }

    @Test
    void aYearLiesInThePeriodFromItsFirstToItsLastYear() {
        MandatePeriod period = new MandatePeriod(2023);

        assertThat(period.lastYear()).isEqualTo(2026);
        assertThat(period).hasToString("2023-2026");
        assertThat(period.contains(2023)).isTrue();
        assertThat(period.contains(2026)).isTrue();
        assertThat(period.contains(2022)).isFalse();
        assertThat(period.contains(2027)).isFalse();
    }
}
