package se.samverkan.reporting.providerstatistics.application;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.producer.ProviderRegisteredV1;
import se.samverkan.contracts.producer.ProviderSnapshotV1;
import se.samverkan.reporting.providerstatistics.domain.LegalFormCount;

/** Counts providers per legal form from producer-service's events. Idempotent: a provider counts once. */
@Service
public class ProviderStatistics {

    private static final Logger log = LoggerFactory.getLogger(ProviderStatistics.class);

    private final ProviderFactStore store;

    ProviderStatistics(ProviderFactStore store) {
        this.store = store;
    }

    public void on(EventEnvelope<ProviderRegisteredV1> event) {
        ProviderRegisteredV1 payload = event.payload();
        if (payload.providerId() == null || payload.legalForm() == null) {
            throw new IllegalArgumentException("provider.registered.v1 " + event.eventId()
                    + " lacks providerId or legalForm");
        }
        if (!store.saveIfNewer(payload.providerId(), payload.legalForm(), payload.version(), event.eventId().toString())) {
            log.info("Ignored event {}: provider {} already counted at version {} or newer", event.eventId(),
                    payload.providerId(), payload.version());
        }
    }

    /** A resync snapshot counts like the registration it summarises: once per provider, newest version wins. */
    public void onSnapshot(EventEnvelope<ProviderSnapshotV1> event) {
        ProviderSnapshotV1 payload = event.payload();
        if (payload.providerId() == null || payload.legalForm() == null) {
            throw new IllegalArgumentException("provider.snapshot.v1 " + event.eventId()
                    + " lacks providerId or legalForm");
        }
        store.saveIfNewer(payload.providerId(), payload.legalForm(), payload.version(), event.eventId().toString());
    }

    public List<LegalFormCount> byLegalForm() {
        return LegalFormCount.complete(store.countByLegalForm());
    }
}
