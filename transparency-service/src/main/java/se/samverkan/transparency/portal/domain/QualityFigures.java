package se.samverkan.transparency.portal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figures the portal publishes for the units of a service area: per unit and measure the
 * latest period's figures after disclosure control, and the municipal average per measure and
 * period.
 */
public final class QualityFigures {

    private final Map<String, Map<String, LatestFigure>> latestByUnit;
    private final Map<String, Average> averages;

    private QualityFigures(Map<String, Map<String, LatestFigure>> latestByUnit, Map<String, Average> averages) {
        this.latestByUnit = latestByUnit;
        this.averages = averages;
    }

    /** The municipal average of one measure and period over the units whose total is published. */
    public record Average(String measure, String period, BigDecimal value, int units) {
    }

    /**
     * @param statistics every unit's submissions in the service area, latest version each
     */
    public static QualityFigures of(List<UnitStatistics> statistics, DisclosureControl control) {
        Map<String, Map<String, LatestFigure>> latest = new TreeMap<>();
        Map<String, List<BigDecimal>> shownTotals = new LinkedHashMap<>();
        for (UnitStatistics submission : statistics) {
            for (MeasureFigures figures : submission.values()) {
                PublishedMeasure published = control.publish(figures);
                if (published.total().isShown()) {
                    shownTotals.computeIfAbsent(key(figures.measure(), submission.period()), k -> new ArrayList<>())
                            .add(published.total().value());
                }
                LatestFigure candidate = new LatestFigure(submission.unitId(), submission.period(),
                        submission.periodEnd(), published);
                latest.computeIfAbsent(submission.unitId(), unit -> new TreeMap<>())
                        .merge(figures.measure(), candidate, QualityFigures::later);
            }
        }
        Map<String, Average> averages = new LinkedHashMap<>();
        shownTotals.forEach((key, totals) -> {
            BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            String[] parts = key.split("\u0000", 2);
            averages.put(key, new Average(parts[0], parts[1],
                    sum.divide(BigDecimal.valueOf(totals.size()), 1, RoundingMode.HALF_UP), totals.size()));
        });
        return new QualityFigures(latest, averages);
    }

    /** The unit's latest figures, one per measure, in the order of the measures' codes. */
    public List<LatestFigure> latestOf(String unitId) {
        return List.copyOf(latestByUnit.getOrDefault(unitId, Map.of()).values());
    }

    public Optional<LatestFigure> latestOf(String unitId, String measure) {
        return Optional.ofNullable(latestByUnit.getOrDefault(unitId, Map.of()).get(measure));
    }

    /**
     * The average of the published totals only: a withheld unit's figure is left out, so it cannot
     * be computed back from the average and the others.
     */
    public Optional<Average> average(String measure, String period) {
        return Optional.ofNullable(averages.get(key(measure, period)));
    }

    /** Every measure any of the given units reported, by code. */
    public List<String> measuresOf(List<String> unitIds) {
        return unitIds.stream().flatMap(unit -> latestByUnit.getOrDefault(unit, Map.of()).keySet().stream())
                .distinct().sorted(Comparator.naturalOrder()).toList();
    }

    private static LatestFigure later(LatestFigure a, LatestFigure b) {
        return String.valueOf(b.periodEnd()).compareTo(String.valueOf(a.periodEnd())) > 0 ? b : a;
    }

    private static String key(String measure, String period) {
        return measure + "\u0000" + period;
    }
}
