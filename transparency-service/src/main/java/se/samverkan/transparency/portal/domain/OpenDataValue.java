package se.samverkan.transparency.portal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One measure of one unit and period as open data, in Kolada's shape: per gender ({@code T},
 * {@code K}, {@code M}) a value with the number of people behind it, or the status that it is
 * withheld. A withheld cell carries neither value nor number, so nothing small is published.
 */
public record OpenDataValue(String kpi, String unitId, String unitName, String serviceArea, String period,
                            List<GenderValue> values) {

    public enum Status { SHOWN, TOO_FEW }

    /** @param n the number of people the value rests on, where known; null for amounts and shares */
    public record GenderValue(String gender, BigDecimal value, Integer n, Status status) {
    }

    public static OpenDataValue of(UnitStatistics statistics, MeasureFigures figures, DisclosureControl control) {
        PublishedMeasure published = control.publish(figures);
        List<GenderValue> values = new ArrayList<>();
        add(values, MeasureFigures.TOTAL, published.total(), figures.isSurvey() ? figures.respondents() : null, figures);
        add(values, MeasureFigures.WOMEN, published.women(), null, figures);
        add(values, MeasureFigures.MEN, published.men(), null, figures);
        return new OpenDataValue(figures.measure(), statistics.unitId(), statistics.unitName(),
                statistics.serviceArea(), statistics.period(), values);
    }

    private static void add(List<GenderValue> values, String gender, Cell cell, Integer respondents,
                            MeasureFigures figures) {
        if (cell.state() == Cell.State.NOT_REPORTED) {
            return;
        }
        if (!cell.isShown()) {
            values.add(new GenderValue(gender, null, null, Status.TOO_FEW));
            return;
        }
        Integer n = respondents != null ? respondents
                : figures.isCount() ? Integer.valueOf(cell.value().intValue()) : null;
        values.add(new GenderValue(gender, cell.value(), n, Status.SHOWN));
    }
}
