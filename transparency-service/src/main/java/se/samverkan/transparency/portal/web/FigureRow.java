package se.samverkan.transparency.portal.web;

import java.util.Map;

import se.samverkan.transparency.portal.domain.LatestFigure;
import se.samverkan.transparency.portal.domain.MeasureName;
import se.samverkan.transparency.portal.domain.PublishedMeasure;
import se.samverkan.transparency.portal.domain.QualityFigures;

/** One measure's latest figures of a unit as the page writes them. */
record FigureRow(String measure, String period, String total, String women, String men, String respondents,
                 String responseRate, String average, boolean genderSplit, boolean survey) {

    static FigureRow of(LatestFigure latest, QualityFigures figures, Map<String, MeasureName> names) {
        PublishedMeasure published = latest.figures();
        String average = figures.average(published.measure(), latest.period())
                .map(value -> Formats.number(value.value()) + " (" + value.units()
                        + (value.units() == 1 ? " enhet)" : " enheter)"))
                .orElse(Formats.NOT_REPORTED);
        String label = names.containsKey(published.measure()) ? names.get(published.measure()).label()
                : published.measure();
        return new FigureRow(label, latest.period(), Formats.cell(published.total()),
                Formats.cell(published.women()), Formats.cell(published.men()), Formats.cell(published.respondents()),
                Formats.percent(published.responseRate()), average, published.hasGenderSplit(),
                published.isSurvey());
    }
}
