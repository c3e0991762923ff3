package se.samverkan.producer.provider.application;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.producer.provider.domain.OrganisationNumber;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.provider.domain.ProviderId;

@Service
public class ProviderQueries {

    private final ProviderRepository providers;

    ProviderQueries(ProviderRepository providers) {
        this.providers = providers;
    }

    /** The provider, if it exists and the caller may see it. */
    public Optional<Provider> find(String id, Caller caller) {
        return ProviderId.parse(id).flatMap(providers::find).filter(provider -> ProviderAccess.maySee(caller, provider));
    }

    /** The providers the caller may see: all of them, or a provider's users only their own. */
    public Page<Provider> list(OrganisationNumber organisationNumber, Caller caller, Pageable pageable) {
        String onlyOrganisation = ProviderAccess.seesAll(caller) ? null
                : caller.organisation() == null ? "" : caller.organisation();
        return providers.list(organisationNumber, onlyOrganisation, pageable);
    }
}
