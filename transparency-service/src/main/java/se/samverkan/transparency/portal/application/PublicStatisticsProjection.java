package se.samverkan.transparency.portal.application;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.producer.StatisticsSubmittedV1;
import se.samverkan.transparency.portal.domain.MeasureFigures;
import se.samverkan.transparency.portal.domain.UnitStatistics;

/** Keeps the latest version of each unit's statistics per period, from producer-service's submissions. */
@Service
public class PublicStatisticsProjection {

    private static final Logger log = LoggerFactory.getLogger(PublicStatisticsProjection.class);

    private final UnitStatisticsStore store;

    PublicStatisticsProjection(UnitStatisticsStore store) {
        this.store = store;
    }

    public void on(EventEnvelope<StatisticsSubmittedV1> event) {
        StatisticsSubmittedV1 payload = event.payload();
        if (payload.unitId() == null || payload.period() == null || payload.serviceArea() == null) {
            throw new IllegalArgumentException("statistics.submitted.v1 " + event.eventId()
                    + " lacks unitId, period or serviceArea");
        }
        List<MeasureFigures> values = payload.values() == null ? List.of() : payload.values().stream()
                .filter(value -> value.measure() != null && !"TEXT".equals(value.valueType()))
                .map(value -> new MeasureFigures(value.measure(), value.valueType(), value.value(), value.byGender(),
                        value.respondents(), value.responseRate()))
                .toList();
        boolean stored = store.saveIfNewer(new UnitStatistics(payload.unitId(), payload.providerId(),
                payload.unitName(), payload.serviceArea(), payload.area(), payload.period(), payload.periodStart(),
                payload.periodEnd(), payload.version(), values), event.eventId().toString());
        if (!stored) {
            log.info("Ignored event {}: unit {} period {} already at version {} or newer", event.eventId(),
                    payload.unitId(), payload.period(), payload.version());
        }
    }
}
