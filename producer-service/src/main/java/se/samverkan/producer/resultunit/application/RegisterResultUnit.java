package se.samverkan.producer.resultunit.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.producer.provider.domain.LegalForm;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.resultunit.domain.ResultUnit;

/**
 * Use case: the production board registers a result unit of the in-house provider it acts for,
 * the provider in the registry whose legal form is {@code KOMMUNAL_EGENREGI}.
 */
@Service
public class RegisterResultUnit {

    private final ResultUnitRepository units;
    private final InHouseProviders inHouse;
    private final Clock clock;

    RegisterResultUnit(ResultUnitRepository units, InHouseProviders inHouse, Clock clock) {
        this.units = units;
        this.inHouse = inHouse;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        Caller caller = command.caller();
        Optional<Provider> provider = inHouse.managedBy(caller);
        if (provider.isEmpty()) {
            return new Outcome.NoInHouseProvider(caller.organisation());
        }
        if (provider.get().legalForm() != LegalForm.KOMMUNAL_EGENREGI) {
            return new Outcome.NotInHouse(provider.get().name());
        }
        ResultUnit.Registration registration = ResultUnit.register(provider.get().id().toString(),
                provider.get().organisationId(), command.name(), command.serviceArea(), command.firstYear(),
                command.equityBroughtForward(), clock.instant());
        if (registration instanceof ResultUnit.Registration.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        ResultUnit unit = ((ResultUnit.Registration.Registered) registration).unit();
        if (!units.insert(unit)) {
            return new Outcome.NameTaken(unit.name());
        }
        return new Outcome.Registered(unit);
    }

    public record Command(String name, String serviceArea, Integer firstYear, BigDecimal equityBroughtForward,
                          Caller caller) {
    }

    public sealed interface Outcome {
        record Registered(ResultUnit unit) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        /** No provider in the registry is run by the caller's organisation: nothing to register for. */
        record NoInHouseProvider(String organisation) implements Outcome {
        }

        /** The caller's provider is not the municipality's own production. */
        record NotInHouse(String providerName) implements Outcome {
        }

        record NameTaken(String name) implements Outcome {
        }
    }
}
