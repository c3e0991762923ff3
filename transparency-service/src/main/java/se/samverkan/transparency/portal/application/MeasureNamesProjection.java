package se.samverkan.transparency.portal.application;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.orderer.StatisticsSpecificationPublishedV1;
import se.samverkan.transparency.portal.domain.MeasureName;

/** Keeps the measures' Swedish names from the newest version of each board's statistics specification. */
@Service
public class MeasureNamesProjection {

    private static final Logger log = LoggerFactory.getLogger(MeasureNamesProjection.class);

    private final MeasureNameStore store;

    MeasureNamesProjection(MeasureNameStore store) {
        this.store = store;
    }

    public void on(EventEnvelope<StatisticsSpecificationPublishedV1> event) {
        StatisticsSpecificationPublishedV1 payload = event.payload();
        if (payload.specificationId() == null || payload.serviceArea() == null) {
            throw new IllegalArgumentException("statistics-specification.published.v1 " + event.eventId()
                    + " lacks specificationId or serviceArea");
        }
        List<MeasureName> names = payload.measures() == null ? List.of() : payload.measures().stream()
                .filter(measure -> measure.code() != null)
                .map(measure -> new MeasureName(measure.code(), measure.name(), measure.unit()))
                .toList();
        if (!store.saveIfNewer(payload.specificationId(), payload.serviceArea(), payload.version(), names,
                event.eventId().toString())) {
            log.info("Ignored event {}: specification {} already at version {} or newer", event.eventId(),
                    payload.specificationId(), payload.version());
        }
    }
}
