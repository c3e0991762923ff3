package se.samverkan.orderer.provider.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.producer.ProviderRegisteredV1;
import se.samverkan.contracts.producer.ProviderSnapshotV1;
import se.samverkan.contracts.producer.UnitClosedV1;
import se.samverkan.contracts.producer.UnitOpenedV1;
import se.samverkan.orderer.provider.domain.ContractableProvider;
import se.samverkan.orderer.provider.domain.ProviderUnit;

/**
 * Keeps the orderer's provider directory and its units in step with producer-service.
 * Idempotent and order-tolerant: a unit may arrive before its provider, and a duplicate or an
 * older version changes nothing.
 */
@Service
public class ProviderProjection {

    private static final Logger log = LoggerFactory.getLogger(ProviderProjection.class);

    private final ProviderDirectory directory;
    private final UnitDirectory units;

    ProviderProjection(ProviderDirectory directory, UnitDirectory units) {
        this.directory = directory;
        this.units = units;
    }

    public void on(EventEnvelope<ProviderRegisteredV1> event) {
        ProviderRegisteredV1 payload = event.payload();
        save(event, payload.providerId(), payload.name(), payload.legalForm(), payload.organisationId(),
                payload.version());
    }

    public void onSnapshot(EventEnvelope<ProviderSnapshotV1> event) {
        ProviderSnapshotV1 payload = event.payload();
        save(event, payload.providerId(), payload.name(), payload.legalForm(), payload.organisationId(),
                payload.version());
        if (payload.units() != null) {
            for (ProviderSnapshotV1.UnitSnapshot unit : payload.units()) {
                saveUnit(event, payload.providerId(), unit.unitId(), unit.name(), unit.serviceArea(), unit.area(),
                        unit.openedOn(), unit.closedOn(), payload.version());
            }
        }
    }

    public void onUnitOpened(EventEnvelope<UnitOpenedV1> event) {
        UnitOpenedV1 payload = event.payload();
        saveUnit(event, payload.providerId(), payload.unitId(), payload.name(), payload.serviceArea(), payload.area(),
                payload.openedOn(), null, payload.providerVersion());
    }

    /** A closed unit leaves the coverage view from the year after it closed. */
    public void onUnitClosed(EventEnvelope<UnitClosedV1> event) {
        UnitClosedV1 payload = event.payload();
        if (payload.closedOn() == null) {
            throw new IllegalArgumentException("unit.closed.v1 " + event.eventId() + " lacks closedOn");
        }
        saveUnit(event, payload.providerId(), payload.unitId(), payload.name(), payload.serviceArea(), payload.area(),
                payload.openedOn(), payload.closedOn(), payload.providerVersion());
    }

    private void saveUnit(EventEnvelope<?> event, String providerId, String unitId, String name, String serviceArea,
                          String area, String openedOn, String closedOn, long providerVersion) {
        if (providerId == null || unitId == null || name == null || serviceArea == null) {
            throw new IllegalArgumentException(event.type() + " " + event.eventId()
                    + " lacks providerId, unitId, name or serviceArea of a unit");
        }
        ProviderUnit unit = new ProviderUnit(unitId, providerId, name, serviceArea, area, date(openedOn),
                date(closedOn), providerVersion);
        if (!units.saveIfNewer(unit, event.eventId().toString())) {
            log.info("Ignored unit {} of event {}: already at provider version {} or newer", unitId, event.eventId(),
                    providerVersion);
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private void save(EventEnvelope<?> event, String providerId, String name, String legalForm, String organisationId,
                      long version) {
        if (providerId == null || name == null || legalForm == null) {
            throw new IllegalArgumentException(event.type() + " " + event.eventId()
                    + " lacks providerId, name or legalForm");
        }
        if (!directory.saveIfNewer(new ContractableProvider(providerId, name, legalForm, organisationId, version),
                event.eventId().toString())) {
            log.info("Ignored event {}: provider {} already at version {} or newer", event.eventId(), providerId,
                    version);
        }
    }
}
