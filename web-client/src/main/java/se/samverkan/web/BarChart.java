package se.samverkan.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart, laid out here and drawn as inline SVG by the template fragment
 * {@code diagram :: stapel(chart)}: one group of bars per row (an indicator, a year, a status),
 * one bar per series, all on one scale from the smallest value (or zero) to the largest (or zero),
 * so a negative value is drawn to the left of the zero line. The series are told apart by a
 * filled and an outlined bar (not by colour alone) and every bar carries its figure as text; the
 * template puts the same figures in a table below the chart.
 */
record BarChart(String id, String title, String description, String unit, List<Series> series, List<Group> groups,
                double zeroX, double height, boolean empty) {

    static final double WIDTH = 720;
    static final double LABEL_WIDTH = 190;
    static final double VALUE_SPACE = 90;
    static final double BAR_HEIGHT = 18;
    static final double BAR_GAP = 4;
    static final double GROUP_GAP = 14;
    static final double TOP = 8;
    static final double LEGEND_HEIGHT = 28;
    static final double EMPTY_HEIGHT = 40;

    /** A series: its Swedish name and how its bars are drawn ({@code fylld} or {@code kontur}). */
    record Series(String name, String style) {
    }

    /** A row of the chart: its label and one value per series ({@code null} where there is none). */
    record Row(String label, List<BigDecimal> values) {
    }

    record Group(String label, double labelY, List<Bar> bars) {
    }

    /** A bar in SVG user units: x and width are never negative, whatever the sign of the value. */
    record Bar(String series, String style, BigDecimal value, String figure, double x, double y, double width,
               double textX, String textAnchor) {

        public boolean missing() {
            return value == null;
        }
    }

    /** The plot area between the row labels and the room kept for the figures. */
    static double plotLeft() {
        return LABEL_WIDTH;
    }

    static double plotWidth() {
        return WIDTH - LABEL_WIDTH - 2 * VALUE_SPACE;
    }

    static BarChart of(String id, String title, String description, String unit, List<Series> series, List<Row> rows) {
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        boolean anyValue = false;
        for (Row row : rows) {
            for (BigDecimal value : row.values()) {
                if (value != null) {
                    anyValue = true;
                    min = min.min(value);
                    max = max.max(value);
                }
            }
        }
        if (!anyValue) {
            return new BarChart(id, title, description, unit, series, List.of(), plotLeft(), EMPTY_HEIGHT, true);
        }
        double span = max.subtract(min).doubleValue();
        // all values zero: nothing to scale; the bars are zero wide and the figures still say 0
        double scale = span == 0 ? 0 : plotWidth() / span;
        double zeroX = plotLeft() + VALUE_SPACE + (span == 0 ? 0 : -min.doubleValue() * scale);
        List<Group> groups = new ArrayList<>();
        double y = TOP;
        for (Row row : rows) {
            List<Bar> bars = new ArrayList<>();
            double barY = y;
            for (int i = 0; i < series.size(); i++) {
                Series s = series.get(i);
                BigDecimal value = i < row.values().size() ? row.values().get(i) : null;
                if (value == null) {
                    bars.add(new Bar(s.name(), s.style(), null, "uppgift saknas", zeroX, barY, 0,
                            zeroX + 4, "start"));
                } else {
                    double length = Math.abs(value.doubleValue()) * scale;
                    boolean negative = value.signum() < 0;
                    double x = negative ? zeroX - length : zeroX;
                    bars.add(new Bar(s.name(), s.style(), value, number(value, unit), round(x), barY,
                            round(length), round(negative ? x - 4 : x + length + 4), negative ? "end" : "start"));
                }
                barY += BAR_HEIGHT + BAR_GAP;
            }
            double groupHeight = series.size() * (BAR_HEIGHT + BAR_GAP) - BAR_GAP;
            groups.add(new Group(shortened(row.label()), round(y + groupHeight / 2), bars));
            y += groupHeight + GROUP_GAP;
        }
        return new BarChart(id, title, description, unit, series, groups, round(zeroX), round(y + LEGEND_HEIGHT), false);
    }

    /** A legend entry: a sample bar drawn as the series' bars are, and its name (and how it is drawn) beside it. */
    record Legend(String name, String style, String text, double x, double y) {
    }

    /** Room for one character of the legend at the chart's font size (an estimate on the generous side). */
    static final double CHARACTER_WIDTH = 7.5;

    public List<Legend> legend() {
        List<Legend> legend = new ArrayList<>();
        double x = plotLeft();
        for (Series s : series) {
            String text = s.name() + ("fylld".equals(s.style()) ? " (fylld stapel)" : " (ofylld stapel)");
            legend.add(new Legend(s.name(), s.style(), text, round(x), height - LEGEND_HEIGHT + 8));
            // the sample, a gap, the text, and room before the next entry, so no two overlap
            x += 30 + text.length() * CHARACTER_WIDTH + 24;
        }
        return legend;
    }

    /** Row labels end here, right-aligned. */
    public double labelX() {
        return LABEL_WIDTH - 8;
    }

    /** The zero line runs from the top to just above the legend. */
    public double axisBottom() {
        return height - LEGEND_HEIGHT;
    }

    public double width() {
        return WIDTH;
    }

    public String viewBox() {
        return "0 0 " + (int) WIDTH + " " + (int) Math.ceil(height);
    }

    /** A figure as a Swedish reader writes it: space between thousands, decimal comma, the unit after. */
    static String number(BigDecimal value, String unit) {
        if (value == null) {
            return "–";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        String text = format.format(value.setScale(2, RoundingMode.HALF_UP));
        if (unit == null || unit.isBlank()) {
            return text;
        }
        return text + ("%".equals(unit) || "procent".equals(unit) ? "\u00a0%" : "\u00a0" + unit);
    }

    /** A row's label as it fits beside the bars; the table below the chart has it in full. */
    static String shortened(String label) {
        return label == null ? "" : label.length() <= 30 ? label : label.substring(0, 29).strip() + "…";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
