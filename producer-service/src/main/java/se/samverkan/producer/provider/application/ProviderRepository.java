package se.samverkan.producer.provider.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.producer.provider.domain.OrganisationNumber;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.provider.domain.ProviderId;

/** Port to provider storage. Every write stores the aggregate and its events in one atomic write. */
public interface ProviderRepository {

    boolean existsByOrganisationNumber(OrganisationNumber number);

    boolean existsByOrganisationId(String organisationId);

    /** Stores a new provider with its events; false when the organisation number is already taken. */
    boolean insert(Provider provider, List<EventEnvelope<?>> events);

    /**
     * Stores a changed provider with its events, if nobody changed it since it was read at
     * {@code readVersion}; false when somebody did (nothing is stored then).
     */
    boolean update(Provider provider, long readVersion, List<EventEnvelope<?>> events);

    /** Adds events to a provider's outbox without changing the provider (snapshots for a resync). */
    void appendEvents(ProviderId id, List<EventEnvelope<?>> events);

    Optional<Provider> find(ProviderId id);

    /**
     * Providers, optionally only the one with the given organisation number, and optionally only
     * the one run by the given organisation (its {@code org} claim).
     */
    Page<Provider> list(OrganisationNumber organisationNumber, String organisationId, Pageable pageable);
}
