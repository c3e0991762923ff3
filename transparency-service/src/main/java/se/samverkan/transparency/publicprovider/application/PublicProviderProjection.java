package se.samverkan.transparency.publicprovider.application;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.producer.ProviderRegisteredV1;
import se.samverkan.contracts.producer.ProviderSnapshotV1;
import se.samverkan.contracts.producer.UnitClosedV1;
import se.samverkan.contracts.producer.UnitOpenedV1;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;
import se.samverkan.transparency.publicprovider.domain.PublicUnit;

/** Keeps the public provider list in step with producer-service's events. Idempotent and order-tolerant. */
@Service
public class PublicProviderProjection {

    private static final Logger log = LoggerFactory.getLogger(PublicProviderProjection.class);

    private final PublicProviderStore store;

    PublicProviderProjection(PublicProviderStore store) {
        this.store = store;
    }

    public void on(EventEnvelope<ProviderRegisteredV1> event) {
        ProviderRegisteredV1 payload = event.payload();
        if (payload.providerId() == null || payload.name() == null || payload.legalForm() == null) {
            throw new IllegalArgumentException("provider.registered.v1 " + event.eventId()
                    + " lacks providerId, name or legalForm");
        }
        boolean stored = store.saveIfNewer(new PublicProvider(payload.providerId(), payload.name(),
                payload.legalForm(), payload.organisationNumber(), List.of(), payload.version()), event.eventId().toString());
        if (!stored) {
            log.info("Ignored event {}: provider {} already at version {} or newer", event.eventId(),
                    payload.providerId(), payload.version());
        }
    }

    /** A resync snapshot: the provider's fields if newer, and each unit once. */
    public void onSnapshot(EventEnvelope<ProviderSnapshotV1> event) {
        ProviderSnapshotV1 payload = event.payload();
        if (payload.providerId() == null || payload.name() == null || payload.legalForm() == null) {
            throw new IllegalArgumentException("provider.snapshot.v1 " + event.eventId()
                    + " lacks providerId, name or legalForm");
        }
        String eventId = event.eventId().toString();
        store.saveIfNewer(new PublicProvider(payload.providerId(), payload.name(), payload.legalForm(),
                payload.organisationNumber(), List.of(), payload.version()), eventId);
        for (ProviderSnapshotV1.UnitSnapshot unit : payload.units() == null
                ? List.<ProviderSnapshotV1.UnitSnapshot>of() : payload.units()) {
            if (unit.closedOn() != null) {
                store.closeUnit(payload.providerId(), unit.unitId(), eventId + "/" + unit.unitId());
            } else {
                store.addUnit(payload.providerId(), new PublicUnit(unit.unitId(), unit.name(), unit.serviceArea(),
                        unit.area(), unit.openedOn()), eventId + "/" + unit.unitId());
            }
        }
    }

    /** A closed unit is no longer listed for citizens to choose. */
    public void onUnitClosed(EventEnvelope<UnitClosedV1> event) {
        UnitClosedV1 payload = event.payload();
        if (payload.providerId() == null || payload.unitId() == null) {
            throw new IllegalArgumentException("unit.closed.v1 " + event.eventId() + " lacks providerId or unitId");
        }
        if (!store.closeUnit(payload.providerId(), payload.unitId(), event.eventId().toString())) {
            log.info("Ignored event {}: unit {} already closed", event.eventId(), payload.unitId());
        }
    }

    public void onUnitOpened(EventEnvelope<UnitOpenedV1> event) {
        UnitOpenedV1 payload = event.payload();
        if (payload.providerId() == null || payload.unitId() == null || payload.name() == null
            || payload.serviceArea() == null) {
            throw new IllegalArgumentException("unit.opened.v1 " + event.eventId()
                    + " lacks providerId, unitId, name or serviceArea");
        }
        if (!store.addUnit(payload.providerId(), new PublicUnit(payload.unitId(), payload.name(),
                payload.serviceArea(), payload.area(), payload.openedOn()), event.eventId().toString())) {
            log.info("Ignored event {}: unit {} already listed", event.eventId(), payload.unitId());
        }
    }
}
