package se.samverkan.producer.provider.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.UnitClosedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.producer.provider.domain.Contact;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.provider.domain.ProviderId;
import se.samverkan.producer.provider.domain.Unit;

/**
 * Closing a unit (with {@code unit.closed.v1}) and keeping the provider's contact people. Who may:
 * the provider itself (the production board for the in-house production), its contract manager
 * or an administrator, as for opening a unit.
 */
@Service
public class ChangeUnitsAndContacts {

    private final ProviderRepository providers;
    private final Clock clock;

    ChangeUnitsAndContacts(ProviderRepository providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    public Outcome closeUnit(String providerId, String unitId, String closedOn, String reason, Caller caller) {
        Provider provider = changeable(providerId, caller);
        if (provider == null) {
            return ProviderId.parse(providerId).flatMap(providers::find)
                    .filter(found -> ProviderAccess.maySee(caller, found)).isPresent()
                    ? new Outcome.NotPermitted() : new Outcome.NotFound("Utföraren " + providerId + " finns inte.");
        }
        UUID id;
        try {
            id = UUID.fromString(unitId);
        } catch (IllegalArgumentException notAnId) {
            return new Outcome.NotFound("Enheten " + unitId + " finns inte hos utföraren.");
        }
        Provider.UnitClosing closing = provider.closeUnit(id, closedOn, reason);
        if (closing instanceof Provider.UnitClosing.NoSuchUnit) {
            return new Outcome.NotFound("Enheten " + unitId + " finns inte hos utföraren.");
        }
        if (closing instanceof Provider.UnitClosing.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Provider.UnitClosing.Closed closed = (Provider.UnitClosing.Closed) closing;
        Unit unit = closed.unit();
        Provider changed = closed.provider();
        EventEnvelope<UnitClosedV1> event = EventEnvelope.of(EventTypes.UNIT_CLOSED_V1, clock.instant(),
                caller.organisation(), CorrelationId.current(), new UnitClosedV1(changed.id().toString(),
                        unit.id().toString(), unit.name(), unit.serviceArea().name(), unit.area(),
                        unit.openedOn().toString(), unit.closedOn().toString(), unit.closingReason(),
                        changed.version()));
        if (!providers.update(changed, provider.version(), List.of(event))) {
            return new Outcome.Conflict();
        }
        return new Outcome.Done(changed);
    }

    public Outcome replaceContacts(String providerId, List<Contact> contacts, Caller caller) {
        Provider provider = changeable(providerId, caller);
        if (provider == null) {
            return ProviderId.parse(providerId).flatMap(providers::find)
                    .filter(found -> ProviderAccess.maySee(caller, found)).isPresent()
                    ? new Outcome.NotPermitted() : new Outcome.NotFound("Utföraren " + providerId + " finns inte.");
        }
        Provider.ContactChange change = provider.replaceContacts(contacts);
        if (change instanceof Provider.ContactChange.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Provider changed = ((Provider.ContactChange.Changed) change).provider();
        if (!providers.update(changed, provider.version(), List.of())) {
            return new Outcome.Conflict();
        }
        return new Outcome.Done(changed);
    }

    private Provider changeable(String providerId, Caller caller) {
        return ProviderId.parse(providerId).flatMap(providers::find)
                .filter(found -> ProviderAccess.maySee(caller, found) && ProviderAccess.mayChange(caller, found))
                .orElse(null);
    }

    public sealed interface Outcome {
        record Done(Provider provider) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NotFound(String detail) implements Outcome {
        }

        record NotPermitted() implements Outcome {
        }

        record Conflict() implements Outcome {
        }
    }
}
