package se.samverkan.transparency.portal.application;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import se.samverkan.transparency.portal.domain.DisclosureControl;
import se.samverkan.transparency.portal.domain.OpenDataValue;

/** The portal's figures as open data: every unit, measure and period, under the same disclosure control. */
@Service
public class OpenDataQueries {

    private final UnitStatisticsStore statistics;
    private final DisclosureControl disclosure;

    OpenDataQueries(UnitStatisticsStore statistics, PortalProperties properties) {
        this.statistics = statistics;
        this.disclosure = new DisclosureControl(properties.minRespondents());
    }

    /** Moves whenever this instance stores new figures: what a cache of the answers keys on. */
    public long generation() {
        return statistics.changes();
    }

    /** Ordered by measure, unit name (Swedish order), unit id and period; each filter applies when given. */
    public List<OpenDataValue> values(String serviceArea, String kpi, String period) {
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        Comparator<OpenDataValue> order = Comparator.comparing(OpenDataValue::kpi)
                .thenComparing(value -> String.valueOf(value.unitName()), swedish)
                .thenComparing(OpenDataValue::unitId)
                .thenComparing(OpenDataValue::period);
        return statistics.all(serviceArea, period, kpi).stream()
                .filter(submission -> period == null || period.equals(submission.period()))
                .flatMap(submission -> submission.values().stream()
                        .filter(figures -> kpi == null || kpi.equals(figures.measure()))
                        .map(figures -> OpenDataValue.of(submission, figures, disclosure)))
                .sorted(order)
                .toList();
    }
}
