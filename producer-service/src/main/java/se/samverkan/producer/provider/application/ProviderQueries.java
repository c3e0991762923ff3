package se.samverkan.producer.provider.application;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.producer.provider.domain.OrganisationNumber;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.provider.domain.ProviderId;

@Service
public class ProviderQueries {

    private final ProviderRepository providers;

    ProviderQueries(ProviderRepository providers) {
        this.providers = providers;
    }

    public Optional<Provider> find(String id) {
        return ProviderId.parse(id).flatMap(providers::find);
    }

    public Page<Provider> list(OrganisationNumber organisationNumber, Pageable pageable) {
        return providers.list(organisationNumber, pageable);
    }
}
