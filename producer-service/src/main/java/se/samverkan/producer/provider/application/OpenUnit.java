package se.samverkan.producer.provider.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.UnitOpenedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.provider.domain.ProviderId;
import se.samverkan.producer.provider.domain.Unit;

/** Use case: a provider opens a unit, announced with {@code unit.opened.v1}. */
@Service
public class OpenUnit {

    private final ProviderRepository providers;
    private final Clock clock;

    OpenUnit(ProviderRepository providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        Provider provider = ProviderId.parse(command.providerId()).flatMap(providers::find)
                .filter(found -> ProviderAccess.maySee(command.caller(), found)).orElse(null);
        if (provider == null) {
            return new Outcome.NoSuchProvider(command.providerId());
        }
        if (!ProviderAccess.mayChange(command.caller(), provider)) {
            return new Outcome.NotPermitted();
        }
        Provider.UnitOpening opening = provider.openUnit(command.name(), command.serviceArea(), command.area(),
                command.openedOn(), command.address(), command.capacity());
        if (opening instanceof Provider.UnitOpening.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        Provider.UnitOpening.Opened opened = (Provider.UnitOpening.Opened) opening;
        Unit unit = opened.unit();
        Provider changed = opened.provider();
        EventEnvelope<UnitOpenedV1> event = EventEnvelope.of(EventTypes.UNIT_OPENED_V1, clock.instant(),
                command.caller().organisation(), CorrelationId.current(),
                new UnitOpenedV1(changed.id().toString(), unit.id().toString(), unit.name(), unit.serviceArea().name(),
                        unit.area(), unit.openedOn().toString(), changed.version()));
        if (!providers.update(changed, provider.version(), List.of(event))) {
            return new Outcome.ChangedMeanwhile();
        }
        return new Outcome.Opened(changed, unit);
    }

    public record Command(String providerId, String name, String serviceArea, String area, String openedOn,
                          String address, Integer capacity, Caller caller) {
    }

    public sealed interface Outcome {
        record Opened(Provider provider, Unit unit) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NoSuchProvider(String providerId) implements Outcome {
        }

        record ChangedMeanwhile() implements Outcome {
        }

        /** The caller may see the provider but not change it (e.g. a board official). */
        record NotPermitted() implements Outcome {
        }
    }
}
