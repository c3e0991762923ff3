package se.samverkan.producer.resultunit.application;

import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import se.samverkan.defaults.security.Caller;
import se.samverkan.producer.provider.application.ProviderRepository;
import se.samverkan.producer.provider.domain.Provider;

/** The provider in the registry that a production board acts for: the one run by its organisation. */
@Component
class InHouseProviders {

    private final ProviderRepository providers;

    InHouseProviders(ProviderRepository providers) {
        this.providers = providers;
    }

    /** The provider the caller's organisation runs, if the caller is its production board. */
    Optional<Provider> managedBy(Caller caller) {
        if (caller.organisation() == null || !ResultUnitAccess.mayManage(caller, caller.organisation())) {
            return Optional.empty();
        }
        return providers.list(null, caller.organisation(), PageRequest.of(0, 1)).stream().findFirst();
    }
}
