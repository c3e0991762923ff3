package se.samverkan.reporting.goalattainment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EqualityAnalysisTest {

    private final EqualityAnalysis analysis = new EqualityAnalysis(BigDecimal.TEN);

    @Test
    void genderDifferenceBeyondTheThresholdIsFlagged() {
        EqualityAnalysis.Result wide = analysis.analyse("procent", byGender("92", "80"));
        EqualityAnalysis.Result narrow = analysis.analyse("procent", byGender("88", "80"));

        assertThat(wide.gender().orElseThrow().difference()).isEqualByComparingTo("12");
        assertThat(wide.gender().orElseThrow().scale()).isEqualTo(EqualityAnalysis.Scale.PERCENTAGE_POINTS);
        assertThat(wide.flagged()).isTrue();
        assertThat(narrow.flagged()).isFalse();
    }

    @Test
    void aDifferenceExactlyAtTheThresholdIsNotFlagged() {
        assertThat(analysis.analyse("procent", byGender("90", "80")).flagged()).isFalse();
    }

    @Test
    void countsAreComparedInPercentOfTheLargerFigure() {
        EqualityAnalysis.Result result = analysis.analyse("antal", byGender("100", "85"));

        assertThat(result.gender().orElseThrow().difference()).isEqualByComparingTo("15");
        assertThat(result.gender().orElseThrow().scale()).isEqualTo(EqualityAnalysis.Scale.PERCENT);
        assertThat(result.flagged()).isTrue();
    }

    @Test
    void theSpreadAcrossAgeBandsAndAreasIsFlaggedBeyondTheThreshold() {
        Actual actual = new Actual(java.util.Optional.of(new BigDecimal("85")), Map.of(),
                Map.of("65-79", new BigDecimal("91"), "80-89", new BigDecimal("86"), "90-", new BigDecimal("78")),
                Map.of("Norr", new BigDecimal("84"), "Söder", new BigDecimal("86")), 2, 2);

        EqualityAnalysis.Result result = analysis.analyse("procent", actual);

        EqualityAnalysis.Spread ages = result.ageBands().orElseThrow();
        assertThat(ages.lowest()).isEqualTo("90-");
        assertThat(ages.highest()).isEqualTo("65-79");
        assertThat(ages.difference()).isEqualByComparingTo("13");
        assertThat(ages.flagged()).isTrue();
        assertThat(result.areas().orElseThrow().flagged()).isFalse();
        assertThat(result.gender()).as("not broken down by gender").isEmpty();
    }

    @Test
    void theThresholdMustBeAPercentAboveZero() {
        assertThatThrownBy(() -> new EqualityAnalysis(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EqualityAnalysis(new BigDecimal("101")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Actual byGender(String women, String men) {
        return Actual.of(Aggregation.AVERAGE, List.of(IndicatorAttainmentTest.observation("u", "2025", "85",
                Map.of("K", women, "M", men, "T", "85"), null)));
    }
}
