package se.samverkan.transparency.portal.web;

import se.samverkan.transparency.portal.domain.LatestFigure;
import se.samverkan.transparency.portal.domain.PublishedMeasure;
import se.samverkan.transparency.portal.domain.QualityFigures;

/** One measure's latest figures of a unit as the page writes them. */
record FigureRow(String measure, String period, String total, String women, String men, String respondents,
                 String responseRate, String average, boolean tooFew) {

    static FigureRow of(LatestFigure latest, QualityFigures figures) {
        PublishedMeasure published = latest.figures();
        String average = figures.average(published.measure(), latest.period())
                .map(value -> Formats.number(value.value()) + " (" + value.units()
                        + (value.units() == 1 ? " enhet)" : " enheter)"))
                .orElse(Formats.NOT_REPORTED);
        boolean tooFew = published.total().isTooFew() || published.women().isTooFew() || published.men().isTooFew()
                || published.respondents().isTooFew();
        return new FigureRow(published.measure(), latest.period(), Formats.cell(published.total()),
                Formats.cell(published.women()), Formats.cell(published.men()), Formats.cell(published.respondents()),
                Formats.percent(published.responseRate()), average, tooFew);
    }
}
