package se.samverkan.transparency.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class QualityFiguresTest {

    private final DisclosureControl control = new DisclosureControl(5);

    @Test
    void eachUnitShowsTheLatestPeriodOfEachMeasure() {
        QualityFigures figures = QualityFigures.of(List.of(
                submission("a", "2027-02", "2027-02-28", survey("NOJD", 20, "70")),
                submission("a", "2027-03", "2027-03-31", survey("NOJD", 20, "75")),
                submission("a", "2027-01", "2027-01-31", survey("NOJD", 20, "60"))), control);

        LatestFigure latest = figures.latestOf("a", "NOJD").orElseThrow();
        assertThat(latest.period()).isEqualTo("2027-03");
        assertThat(latest.figures().total().value()).isEqualByComparingTo("75");
    }

    @Test
    void theMunicipalAverageLeavesOutWithheldFiguresSoTheyCannotBeComputedBack() {
        QualityFigures figures = QualityFigures.of(List.of(
                submission("a", "2027", "2027-12-31", survey("NOJD", 20, "80")),
                submission("b", "2027", "2027-12-31", survey("NOJD", 30, "90")),
                submission("c", "2027", "2027-12-31", survey("NOJD", 3, "10"))), control);

        QualityFigures.Average average = figures.average("NOJD", "2027").orElseThrow();
        assertThat(average.value()).isEqualByComparingTo("85.0");
        assertThat(average.units()).isEqualTo(2);
        assertThat(figures.latestOf("c", "NOJD").orElseThrow().figures().total().isTooFew()).isTrue();
    }

    private static UnitStatistics submission(String unit, String period, String periodEnd, MeasureFigures figures) {
        return new UnitStatistics(unit, "p", "Enhet " + unit, "HOME_CARE", null, period, null, periodEnd, 1,
                List.of(figures));
    }

    private static MeasureFigures survey(String measure, int respondents, String result) {
        return new MeasureFigures(measure, "PERCENT", new BigDecimal(result), Map.of(), respondents,
                new BigDecimal("50"));
    }
}
