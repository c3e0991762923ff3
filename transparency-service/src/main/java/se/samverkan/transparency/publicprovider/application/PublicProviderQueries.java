package se.samverkan.transparency.publicprovider.application;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.transparency.publicprovider.domain.PublicProvider;

@Service
public class PublicProviderQueries {

    private final PublicProviderStore store;

    PublicProviderQueries(PublicProviderStore store) {
        this.store = store;
    }

    public Page<PublicProvider> list(String legalForm, String serviceArea, Pageable pageable) {
        return store.list(legalForm, serviceArea, pageable);
    }

    public Optional<PublicProvider> find(String providerId) {
        return store.find(providerId);
    }
}
