package se.samverkan.reporting.goalattainment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class IndicatorAttainmentTest {

    @Test
    void actualIsComparedWithTheYearsTargetInTheDesiredDirection() {
        assertThat(status("INCREASE", "90", "91")).isEqualTo(IndicatorStatus.ON_TARGET);
        assertThat(status("INCREASE", "90", "90")).as("exactly at the target").isEqualTo(IndicatorStatus.ON_TARGET);
        assertThat(status("INCREASE", "90", "89.5")).isEqualTo(IndicatorStatus.OFF_TARGET);
        assertThat(status("DECREASE", "12", "11")).isEqualTo(IndicatorStatus.ON_TARGET);
        assertThat(status("DECREASE", "12", "13")).isEqualTo(IndicatorStatus.OFF_TARGET);
    }

    @Test
    void anIndicatorToKeepItsLevelIsOnTargetWithinFivePercentOfIt() {
        assertThat(status("KEEP", "100", "95")).isEqualTo(IndicatorStatus.ON_TARGET);
        assertThat(status("KEEP", "100", "105")).isEqualTo(IndicatorStatus.ON_TARGET);
        assertThat(status("KEEP", "100", "94.9")).isEqualTo(IndicatorStatus.OFF_TARGET);
        assertThat(status("KEEP", "100", "105.1")).isEqualTo(IndicatorStatus.OFF_TARGET);
    }

    @Test
    void withoutATargetForTheYearOrFiguresOrAMeasureThereIsNothingToCompare() {
        Optional<Actual> none = Optional.of(Actual.of(Aggregation.SUM, List.of()));
        assertThat(IndicatorAttainment.status("INCREASE", "M", Optional.empty(), actual("90")))
                .isEqualTo(IndicatorStatus.NO_TARGET);
        assertThat(IndicatorAttainment.status("INCREASE", "M", Optional.of(BigDecimal.TEN), none))
                .isEqualTo(IndicatorStatus.NO_FIGURES);
        assertThat(IndicatorAttainment.status("INCREASE", null, Optional.of(BigDecimal.TEN), Optional.empty()))
                .isEqualTo(IndicatorStatus.NOT_MEASURED);
    }

    @Test
    void countsAreAddedUpOverUnitsAndPeriods() {
        Actual actual = Actual.of(Aggregation.SUM, List.of(
                observation("u1", "2025-01", "10", Map.of("K", "6", "M", "4"), null),
                observation("u1", "2025-02", "12", Map.of("K", "7", "M", "5"), null),
                observation("u2", "2025-01", "8", Map.of("K", "3", "M", "5"), null)));

        assertThat(actual.total()).contains(new BigDecimal("30"));
        assertThat(actual.byGender()).containsEntry("K", new BigDecimal("16")).containsEntry("M", new BigDecimal("14"));
        assertThat(actual.units()).isEqualTo(2);
        assertThat(actual.periods()).isEqualTo(3);
    }

    @Test
    void surveyPercentsAreAveragedByTheirRespondents() {
        List<Observation> surveys = List.of(observation("small", "2025", "50", Map.of(), 10),
                observation("large", "2025", "90", Map.of(), 90));

        assertThat(Actual.of(Aggregation.WEIGHTED_AVERAGE, surveys).total()).contains(new BigDecimal("86.00"));
        assertThat(Actual.of(Aggregation.AVERAGE, surveys).total()).contains(new BigDecimal("70.00"));
    }

    @Test
    void aUnitWithoutAnAreaBreakdownCountsInItsOwnArea() {
        Actual actual = Actual.of(Aggregation.AVERAGE, List.of(
                new Observation("u1", "2025", "Norr", new BigDecimal("80"), Map.of(), Map.of(), Map.of(), null),
                new Observation("u2", "2025", "Söder", new BigDecimal("60"), Map.of(), Map.of(), Map.of(), null)));

        assertThat(actual.byArea()).containsEntry("Norr", new BigDecimal("80.00"))
                .containsEntry("Söder", new BigDecimal("60.00"));
    }

    @Test
    void anUnknownOrMissingAggregationIsReadAsASumAsTheContractSays() {
        assertThat(Aggregation.of("MEDIAN")).isEqualTo(Aggregation.SUM);
        assertThat(Aggregation.of(null)).isEqualTo(Aggregation.SUM);
        assertThat(Aggregation.of("WEIGHTED_AVERAGE")).isEqualTo(Aggregation.WEIGHTED_AVERAGE);
    }

    private static IndicatorStatus status(String direction, String target, String actual) {
        return IndicatorAttainment.status(direction, "MEASURE", Optional.of(new BigDecimal(target)), actual(actual));
    }

    private static Optional<Actual> actual(String total) {
        return Optional.of(Actual.of(Aggregation.SUM, List.of(observation("u", "2025", total, Map.of(), null))));
    }

    static Observation observation(String unit, String period, String value, Map<String, String> byGender,
                                   Integer respondents) {
        Map<String, BigDecimal> gender = new java.util.LinkedHashMap<>();
        byGender.forEach((key, figure) -> gender.put(key, new BigDecimal(figure)));
        return new Observation(unit, period, null, new BigDecimal(value), gender, Map.of(), Map.of(), respondents);
    }
}
