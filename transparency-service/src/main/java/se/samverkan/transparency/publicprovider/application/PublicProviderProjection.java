package se.samverkan.transparency.publicprovider.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.producer.ProviderRegisteredV1;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;

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
                payload.legalForm(), payload.organisationNumber(), payload.version()));
        if (!stored) {
            log.info("Ignored event {}: provider {} already at version {} or newer", event.eventId(),
                    payload.providerId(), payload.version());
        }
    }
}
