package se.samverkan.transparency.portal.domain;

import java.math.BigDecimal;

/**
 * Röjandekontroll: no published figure may rest on fewer than {@code minRespondents} people, and
 * no withheld figure may be computed from the published ones.
 *
 * <ul>
 *   <li>A user survey's figures rest on its respondents: with fewer than the threshold, nothing
 *       of the measure is shown, not even the number of respondents. The event gives no
 *       respondents per gender, so a survey's women/men split cannot be shown to rest on enough
 *       answers and is withheld.</li>
 *   <li>A count's figures are themselves the number behind them: a total, women's or men's
 *       count below the threshold is withheld.</li>
 *   <li>Complementary suppression: women + men = total, so when one of them is withheld and the
 *       total is shown, the other is withheld too; when only one of them was reported, it is
 *       withheld if the total minus it falls below the threshold.</li>
 *   <li>Amounts and percentages that are not a survey's (hours, staff, shares computed by the
 *       provider) rest on no respondents and are shown as reported.</li>
 * </ul>
 */
public record DisclosureControl(int minRespondents) {

    public DisclosureControl {
        if (minRespondents < 1) {
            throw new IllegalArgumentException("minRespondents must be at least 1, was " + minRespondents);
        }
    }

    public PublishedMeasure publish(MeasureFigures figures) {
        BigDecimal total = figures.total();
        BigDecimal women = figures.byGender().get(MeasureFigures.WOMEN);
        BigDecimal men = figures.byGender().get(MeasureFigures.MEN);
        if (!figures.isSurvey() && !figures.isCount()) {
            return new PublishedMeasure(figures.measure(), figures.valueType(), cell(total), cell(women), cell(men),
                    Cell.notReported(), Cell.notReported());
        }
        boolean totalShown = total != null && (figures.isSurvey()
                ? figures.respondents() >= minRespondents : enough(total));
        Cell totalCell = total == null ? Cell.notReported() : totalShown ? Cell.shown(total) : Cell.tooFew();
        Cell respondents = figures.isSurvey()
                ? (totalShown || total == null) && figures.respondents() >= minRespondents
                        ? Cell.shown(BigDecimal.valueOf(figures.respondents())) : Cell.tooFew()
                : Cell.notReported();
        Cell responseRate = !figures.isSurvey() || figures.responseRate() == null ? Cell.notReported()
                : respondents.isShown() ? Cell.shown(figures.responseRate()) : Cell.tooFew();

        boolean womenShown = women != null && totalShown && !figures.isSurvey() && enough(women);
        boolean menShown = men != null && totalShown && !figures.isSurvey() && enough(men);
        if (total != null && totalShown) {
            if (women != null && men != null && womenShown != menShown) {
                womenShown = false;
                menShown = false;
            } else if (women != null && men == null && womenShown) {
                womenShown = enough(total.subtract(women));
            } else if (men != null && women == null && menShown) {
                menShown = enough(total.subtract(men));
            }
        }
        return new PublishedMeasure(figures.measure(), figures.valueType(), totalCell,
                women == null ? Cell.notReported() : womenShown ? Cell.shown(women) : Cell.tooFew(),
                men == null ? Cell.notReported() : menShown ? Cell.shown(men) : Cell.tooFew(),
                respondents, responseRate);
    }

    private boolean enough(BigDecimal count) {
        return count.compareTo(BigDecimal.valueOf(minRespondents)) >= 0;
    }

    private static Cell cell(BigDecimal value) {
        return value == null ? Cell.notReported() : Cell.shown(value);
    }
}
