package se.samverkan.orderer.provider.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import se.samverkan.orderer.provider.domain.ProviderUnit;

/** Port to the orderer's read model of the providers' units, fed by producer-service's events. */
public interface UnitDirectory {

    Optional<ProviderUnit> find(String unitId);

    /** Every known unit of these providers. */
    List<ProviderUnit> ofProviders(Collection<String> providerIds);

    /**
     * Stores the unit unless it is already there from the same or a newer provider version, or
     * this event was already applied to it. Answers whether it changed anything.
     */
    boolean saveIfNewer(ProviderUnit unit, String eventId);
}
