package se.samverkan.transparency.publicprovider.application;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.transparency.publicprovider.domain.PublicProvider;

/** Port to the public provider read model. */
public interface PublicProviderStore {

    /** Stores the provider unless a version at least as new is already stored; answers whether it was stored. */
    boolean saveIfNewer(PublicProvider provider);

    Optional<PublicProvider> find(String providerId);

    Page<PublicProvider> list(String legalForm, Pageable pageable);
}
