package se.samverkan.orderer.provider.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.producer.ProviderRegisteredV1;
import se.samverkan.contracts.producer.ProviderSnapshotV1;
import se.samverkan.orderer.provider.domain.ContractableProvider;

/** Keeps the orderer's provider directory in step with producer-service. Idempotent and order-tolerant. */
@Service
public class ProviderProjection {

    private static final Logger log = LoggerFactory.getLogger(ProviderProjection.class);

    private final ProviderDirectory directory;

    ProviderProjection(ProviderDirectory directory) {
        this.directory = directory;
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
