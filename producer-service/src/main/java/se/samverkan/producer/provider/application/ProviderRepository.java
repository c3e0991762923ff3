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

    /** Stores a new provider with its events; false when the organisation number is already taken. */
    boolean insert(Provider provider, List<EventEnvelope<?>> events);

    Optional<Provider> find(ProviderId id);

    Page<Provider> list(Pageable pageable);
}
