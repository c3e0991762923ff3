package se.samverkan.orderer.provider.application;

import java.util.Optional;

import se.samverkan.orderer.provider.domain.ContractableProvider;

/** Port to the orderer's read model of providers, fed by producer-service's events. */
public interface ProviderDirectory {

    Optional<ContractableProvider> find(String providerId);

    /** Stores the provider unless a newer (or the same) version or this event is already there. */
    boolean saveIfNewer(ContractableProvider provider, String eventId);
}
