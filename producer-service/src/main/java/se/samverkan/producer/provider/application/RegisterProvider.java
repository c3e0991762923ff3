package se.samverkan.producer.provider.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.ProviderRegisteredV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.producer.provider.domain.OrganisationNumber;
import se.samverkan.producer.provider.domain.Provider;

/** Use case: register a provider and announce it with {@code provider.registered.v1}. */
@Service
public class RegisterProvider {

    private final ProviderRepository providers;
    private final Clock clock;

    RegisterProvider(ProviderRepository providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        Provider.Registration registration = Provider.register(command.name(), command.legalForm(),
                command.organisationNumber(), command.organisationId(), clock.instant());
        if (registration instanceof Provider.Registration.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Provider provider = ((Provider.Registration.Registered) registration).provider();
        if (provider.organisationNumber().map(providers::existsByOrganisationNumber).orElse(false)) {
            return new Outcome.AlreadyRegistered(provider.organisationNumber().get().value());
        }
        if (providers.existsByOrganisationId(provider.organisationId())) {
            return new Outcome.OrganisationIdTaken(provider.organisationId());
        }
        EventEnvelope<ProviderRegisteredV1> event = EventEnvelope.of(EventTypes.PROVIDER_REGISTERED_V1,
                provider.registeredAt(), command.caller().organisation(), CorrelationId.current(),
                new ProviderRegisteredV1(provider.id().toString(), provider.name(), provider.legalForm().name(),
                        provider.organisationNumber().map(OrganisationNumber::value).orElse(null), provider.organisationId(),
                        provider.version()));
        if (!providers.insert(provider, List.of(event))) {
            return new Outcome.AlreadyRegistered(provider.organisationNumber().map(OrganisationNumber::value)
                    .orElse(provider.organisationId()));
        }
        return new Outcome.Registered(provider);
    }

    public record Command(String name, String legalForm, String organisationNumber, String organisationId,
                          Caller caller) {
    }

    public sealed interface Outcome {
        record Registered(Provider provider) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        /** Registered already: the organisation number, or the organisation id of a sole trader. */
        record AlreadyRegistered(String organisationNumber) implements Outcome {
        }

        record OrganisationIdTaken(String organisationId) implements Outcome {
        }
    }
}
