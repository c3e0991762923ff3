package se.samverkan.producer.provider.application;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.ProviderSnapshotV1;
import se.samverkan.contracts.resync.ResyncRequestedV1;
import se.samverkan.producer.provider.domain.OrganisationNumber;
import se.samverkan.producer.provider.domain.Provider;

/**
 * Use case: a consumer asked for a resync, so every provider's current state is published as
 * {@code provider.snapshot.v1}, through each provider's outbox like any other event.
 */
@Service
public class PublishProviderSnapshots {

    private static final Logger log = LoggerFactory.getLogger(PublishProviderSnapshots.class);
    private static final int PAGE = 200;

    private final ProviderRepository providers;
    private final Clock clock;

    PublishProviderSnapshots(ProviderRepository providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    public int handle(EventEnvelope<ResyncRequestedV1> request) {
        int published = 0;
        Page<Provider> page = providers.list(null, null, PageRequest.of(0, PAGE, Sort.by("id")));
        while (true) {
            for (Provider provider : page.getContent()) {
                providers.appendEvents(provider.id(), List.of(snapshot(provider, request.correlationId())));
                published++;
            }
            if (!page.hasNext()) {
                break;
            }
            page = providers.list(null, null, page.nextPageable());
        }
        log.info("Published {} provider snapshots for {} ({}: {})", published, request.payload().requester(),
                request.payload().readModel(), request.payload().reason());
        return published;
    }

    EventEnvelope<ProviderSnapshotV1> snapshot(Provider provider, String correlationId) {
        return EventEnvelope.of(EventTypes.PROVIDER_SNAPSHOT_V1, clock.instant(), null, correlationId,
                new ProviderSnapshotV1(provider.id().toString(), provider.name(), provider.legalForm().name(),
                        provider.organisationNumber().map(OrganisationNumber::value).orElse(null), provider.organisationId(), provider.units().stream()
                        .map(unit -> new ProviderSnapshotV1.UnitSnapshot(unit.id().toString(), unit.name(),
                                unit.serviceArea().name(), unit.area(), unit.openedOn().toString(),
                                unit.closedOn() == null ? null : unit.closedOn().toString()))
                        .toList(), provider.version()));
    }
}
