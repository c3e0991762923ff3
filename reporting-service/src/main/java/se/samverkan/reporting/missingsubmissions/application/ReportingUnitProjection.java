package se.samverkan.reporting.missingsubmissions.application;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.orderer.StatisticsSpecificationPublishedV1;
import se.samverkan.contracts.producer.ProviderSnapshotV1;
import se.samverkan.contracts.producer.UnitClosedV1;
import se.samverkan.contracts.producer.UnitOpenedV1;
import se.samverkan.reporting.missingsubmissions.domain.Frequency;
import se.samverkan.reporting.missingsubmissions.domain.ReportingUnit;
import se.samverkan.reporting.missingsubmissions.domain.SpecificationVersion;

/** Keeps the units and the specification versions in step with their events. Idempotent and order-tolerant. */
@Service
public class ReportingUnitProjection {

    private static final Logger log = LoggerFactory.getLogger(ReportingUnitProjection.class);

    private final ReportingUnitStore store;

    ReportingUnitProjection(ReportingUnitStore store) {
        this.store = store;
    }

    public void onSpecificationPublished(EventEnvelope<StatisticsSpecificationPublishedV1> event) {
        StatisticsSpecificationPublishedV1 payload = event.payload();
        if (payload.specificationId() == null || payload.boardId() == null || payload.serviceArea() == null
                || payload.validFrom() == null) {
            throw new IllegalArgumentException("statistics-specification.published.v1 " + event.eventId()
                    + " lacks specificationId, boardId, serviceArea or validFrom");
        }
        Set<Frequency> owed = EnumSet.noneOf(Frequency.class);
        if (payload.measures() != null) {
            payload.measures().stream()
                    .filter(measure -> measure.required()
                            && (measure.sourceSystem() == null || measure.sourceSystem().isBlank())
                            && measure.frequency() != null)
                    .forEach(measure -> owed.add(Frequency.valueOf(measure.frequency().toUpperCase(Locale.ROOT))));
        }
        if (!store.addSpecification(new SpecificationVersion(payload.specificationId(), payload.boardId(),
                payload.boardOrganisationId(), payload.serviceArea(), payload.version(),
                LocalDate.parse(payload.validFrom()), owed))) {
            log.info("Ignored event {}: specification {} version {} is known already", event.eventId(),
                    payload.specificationId(), payload.version());
        }
    }

    public void onUnitOpened(EventEnvelope<UnitOpenedV1> event) {
        UnitOpenedV1 unit = event.payload();
        store.unitKnown(new ReportingUnit(required(unit.unitId(), event), required(unit.providerId(), event),
                unit.name(), unit.serviceArea(), unit.area(), date(unit.openedOn()), null));
    }

    public void onUnitClosed(EventEnvelope<UnitClosedV1> event) {
        UnitClosedV1 unit = event.payload();
        store.unitKnown(new ReportingUnit(required(unit.unitId(), event), required(unit.providerId(), event),
                unit.name(), unit.serviceArea(), unit.area(), date(unit.openedOn()), date(unit.closedOn())));
    }

    public void onSnapshot(EventEnvelope<ProviderSnapshotV1> event) {
        ProviderSnapshotV1 provider = event.payload();
        if (provider.units() == null) {
            return;
        }
        provider.units().forEach(unit -> store.unitKnown(new ReportingUnit(required(unit.unitId(), event),
                required(provider.providerId(), event), unit.name(), unit.serviceArea(), unit.area(),
                date(unit.openedOn()), date(unit.closedOn()))));
    }

    private static String required(String value, EventEnvelope<?> event) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(event.type() + " " + event.eventId() + " lacks unitId or providerId");
        }
        return value;
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
