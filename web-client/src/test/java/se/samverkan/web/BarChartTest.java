package se.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bar chart's geometry: one scale for every bar, negatives left of zero, and nothing drawn without figures. */
class BarChartTest {

    static final List<BarChart.Series> ONE = List.of(new BarChart.Series("Enheter", "fylld"));
    static final List<BarChart.Series> TWO = List.of(new BarChart.Series("Utfall", "fylld"),
            new BarChart.Series("Mål", "kontur"));

    static BarChart.Row row(String label, Integer... values) {
        return new BarChart.Row(label, Arrays.stream(values).map(v -> v == null ? null : BigDecimal.valueOf(v)).toList());
    }

    static BarChart chart(List<BarChart.Series> series, BarChart.Row... rows) {
        return BarChart.of("d", "Titel", "Beskrivning", null, series, List.of(rows));
    }

    @Test
    void theLargestValueFillsThePlotAndTheOthersScaleToIt() {
        BarChart chart = chart(ONE, row("Uppfyllt", 8), row("Ska göras", 4), row("Försenat", 2));

        List<BarChart.Bar> bars = chart.groups().stream().map(group -> group.bars().get(0)).toList();
        assertThat(bars.get(0).width()).isCloseTo(BarChart.plotWidth(), within(0.1));
        assertThat(bars.get(1).width()).isCloseTo(BarChart.plotWidth() / 2, within(0.1));
        assertThat(bars.get(2).width()).isCloseTo(BarChart.plotWidth() / 4, within(0.1));
        assertThat(bars).allSatisfy(bar -> assertThat(bar.x()).isEqualTo(chart.zeroX()));
        assertThat(chart.empty()).isFalse();
    }

    @Test
    void aNegativeValueIsDrawnLeftOfTheZeroLineOnTheSameScale() {
        BarChart chart = chart(ONE, row("2025", 300), row("2026", -100));

        BarChart.Bar positive = chart.groups().get(0).bars().get(0);
        BarChart.Bar negative = chart.groups().get(1).bars().get(0);
        assertThat(negative.x() + negative.width()).as("ends at zero").isCloseTo(chart.zeroX(), within(0.1));
        assertThat(negative.width() * 3).as("a third of the positive one").isCloseTo(positive.width(), within(0.5));
        assertThat(negative.x()).isGreaterThanOrEqualTo(BarChart.plotLeft());
        assertThat(positive.x() + positive.width()).isLessThanOrEqualTo(chart.width());
        assertThat(negative.textAnchor()).as("its figure stands left of the bar").isEqualTo("end");
        assertThat(negative.figure()).isEqualTo("-100");
    }

    @Test
    void onlyNegativeValuesPutTheZeroLineAtTheRightOfThePlot() {
        BarChart chart = chart(ONE, row("A", -50), row("B", -200));

        assertThat(chart.zeroX()).isCloseTo(BarChart.plotLeft() + BarChart.VALUE_SPACE + BarChart.plotWidth(), within(0.1));
        assertThat(chart.groups().get(1).bars().get(0).width()).isCloseTo(BarChart.plotWidth(), within(0.1));
    }

    @Test
    void aMissingFigureDrawsNoBarAndSaysSo() {
        BarChart chart = chart(TWO, row("2026", null, 90));

        BarChart.Bar actual = chart.groups().get(0).bars().get(0);
        assertThat(actual.missing()).isTrue();
        assertThat(actual.width()).isZero();
        assertThat(actual.figure()).isEqualTo("uppgift saknas");
        assertThat(chart.groups().get(0).bars().get(1).width()).isCloseTo(BarChart.plotWidth(), within(0.1));
    }

    @Test
    void noFiguresAtAllIsAnEmptyChartNotABrokenOne() {
        assertThat(chart(TWO).empty()).isTrue();
        assertThat(chart(TWO, row("2026", null, null)).empty()).isTrue();
        assertThat(chart(TWO).groups()).isEmpty();
    }

    @Test
    void zerosOnlyGiveZeroWideBarsAndNoDivisionByZero() {
        BarChart chart = chart(ONE, row("A", 0), row("B", 0));

        assertThat(chart.groups()).allSatisfy(group -> {
            assertThat(group.bars().get(0).width()).isZero();
            assertThat(Double.isFinite(group.bars().get(0).x())).isTrue();
        });
        assertThat(chart.groups().get(0).bars().get(0).figure()).isEqualTo("0");
    }

    @Test
    void theSeriesOfARowAreStackedBelowEachOtherAndTheChartGrowsWithTheRows() {
        BarChart oneRow = chart(TWO, row("2025", 1, 2));
        BarChart twoRows = chart(TWO, row("2025", 1, 2), row("2026", 3, 4));

        List<BarChart.Bar> bars = oneRow.groups().get(0).bars();
        assertThat(bars.get(1).y()).isGreaterThan(bars.get(0).y() + BarChart.BAR_HEIGHT - 0.1);
        assertThat(twoRows.height()).isGreaterThan(oneRow.height());
        assertThat(twoRows.viewBox()).isEqualTo("0 0 720 " + (int) Math.ceil(twoRows.height()));
        assertThat(twoRows.legend()).extracting(BarChart.Legend::name).containsExactly("Utfall", "Mål");
    }

    @Test
    void theLegendsEntriesDoNotOverlapHoweverLongTheNames() {
        BarChart chart = BarChart.of("d", "T", "D", "%", List.of(new BarChart.Series("Rörelsemarginal", "fylld"),
                new BarChart.Series("Resultatkrav", "kontur")), List.of(row("2026", 3, 5)));

        BarChart.Legend first = chart.legend().get(0);
        BarChart.Legend second = chart.legend().get(1);
        assertThat(first.text()).isEqualTo("Rörelsemarginal (fylld stapel)");
        assertThat(second.text()).isEqualTo("Resultatkrav (ofylld stapel)");
        assertThat(second.x()).isGreaterThan(first.x() + 30 + first.text().length() * BarChart.CHARACTER_WIDTH);
        assertThat(second.x() + 30 + second.text().length() * BarChart.CHARACTER_WIDTH).isLessThanOrEqualTo(chart.width());
    }

    @Test
    void figuresAreWrittenTheSwedishWay() {
        assertThat(BarChart.number(new BigDecimal("1250000"), "kr")).isEqualTo("1\u00a0250\u00a0000\u00a0kr");
        assertThat(BarChart.number(new BigDecimal("-4.5"), "%")).isEqualTo("-4,5\u00a0%");
        assertThat(BarChart.number(new BigDecimal("91.256"), "procent")).isEqualTo("91,26\u00a0%");
        assertThat(BarChart.number(null, "kr")).isEqualTo("–");
    }

    @Test
    void aLongLabelIsShortenedBesideTheBars() {
        BarChart chart = chart(ONE, row("Antal personal som en brukare möter under 14 dagar", 12));

        assertThat(chart.groups().get(0).label()).hasSizeLessThanOrEqualTo(30).endsWith("…");
    }
}
