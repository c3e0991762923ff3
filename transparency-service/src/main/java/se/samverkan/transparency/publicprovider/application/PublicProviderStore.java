package se.samverkan.transparency.publicprovider.application;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.transparency.publicprovider.domain.PublicProvider;
import se.samverkan.transparency.publicprovider.domain.PublicUnit;

/** Port to the public provider read model. */
public interface PublicProviderStore {

    /**
     * Stores the provider's own fields (not its units) unless a version at least as new is
     * already stored or this event was applied already; answers whether it was stored.
     */
    boolean saveIfNewer(PublicProvider provider, String eventId);

    /** Adds the unit to its provider unless it is there already; works before the provider itself arrived. */
    boolean addUnit(String providerId, PublicUnit unit, String eventId);

    /**
     * Takes a closed unit off the provider's list and remembers it closed, so an opening that
     * arrives late does not list it again. Answers whether it changed anything.
     */
    boolean closeUnit(String providerId, String unitId, String eventId);

    /** A provider whose own registration has arrived. */
    Optional<PublicProvider> find(String providerId);

    /** Providers whose registration has arrived, optionally of one legal form or with a unit in one service area. */
    Page<PublicProvider> list(String legalForm, String serviceArea, Pageable pageable);
}
