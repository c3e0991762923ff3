package se.samverkan.producer.insight.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.InsightPackageDeliveredV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.producer.insight.domain.InsightPackage;
import se.samverkan.producer.provider.application.ProviderQueries;
import se.samverkan.producer.provider.domain.Provider;

/**
 * Use cases of public-insight packages. A board's officials request them from a provider and
 * see their board's requests; the provider's users (the production board for the in-house
 * provider) see and deliver what was requested of their provider; the council level, finance
 * and administrators see all. A package someone may not see does not exist to them.
 */
@Service
public class InsightPackages {

    private final InsightPackageRepository packages;
    private final ProviderQueries providers;
    private final Clock clock;

    InsightPackages(InsightPackageRepository packages, ProviderQueries providers, Clock clock) {
        this.packages = packages;
        this.providers = providers;
        this.clock = clock;
    }

    public Outcome request(String providerId, InsightPackage.Request request, Caller caller) {
        Provider provider = providers.find(providerId, caller).orElse(null);
        if (provider == null) {
            return new Outcome.NotFound("Utföraren " + providerId + " finns inte.");
        }
        if (caller.organisation() == null || caller.organisation().isBlank()) {
            return new Outcome.Rejected(List.of(new Violation("organisation", "required",
                    "Din inloggning saknar organisation; en begäran görs för en nämnd.")));
        }
        InsightPackage.Result result = InsightPackage.request(provider.id().toString(), provider.organisationId(),
                caller.organisation(), request, caller.username(), LocalDate.now(clock), clock.instant());
        if (result instanceof InsightPackage.Result.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        InsightPackage requested = ((InsightPackage.Result.Done) result).insightPackage();
        packages.insert(requested);
        return new Outcome.Done(requested);
    }

    public Outcome deliver(String packageId, String itemId, String content, Caller caller) {
        InsightPackage found = find(packageId, caller).orElse(null);
        if (found == null) {
            return new Outcome.NotFound("Begäran " + packageId + " finns inte.");
        }
        if (!(caller.hasAny(ADMINISTRATOR) || caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD)
                && caller.actsFor(found.providerOrganisationId()))) {
            return new Outcome.NotPermitted();
        }
        UUID item;
        try {
            item = UUID.fromString(itemId);
        } catch (IllegalArgumentException notAnId) {
            return new Outcome.NotFound("Uppgiften " + itemId + " finns inte i begäran.");
        }
        InsightPackage.Result result = found.deliver(item, content, caller.username(), LocalDate.now(clock));
        if (result instanceof InsightPackage.Result.NoSuchItem) {
            return new Outcome.NotFound("Uppgiften " + itemId + " finns inte i begäran.");
        }
        if (result instanceof InsightPackage.Result.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        InsightPackage delivered = ((InsightPackage.Result.Done) result).insightPackage();
        List<EventEnvelope<?>> events = delivered.status() == InsightPackage.Status.DELIVERED
                ? List.of(EventEnvelope.of(EventTypes.INSIGHT_PACKAGE_DELIVERED_V1, clock.instant(),
                caller.organisation(), CorrelationId.current(), event(delivered)))
                : List.of();
        if (!packages.update(delivered, found.version(), events)) {
            return new Outcome.Conflict("Begäran ändrades samtidigt av någon annan. Läs om den och försök igen.");
        }
        return new Outcome.Done(delivered);
    }

    public Optional<InsightPackage> find(String packageId, Caller caller) {
        try {
            return packages.find(UUID.fromString(packageId)).filter(found -> maySee(caller, found));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    /** The packages the caller may see, of one provider if given, overdue ones only if asked. */
    public Page<InsightPackage> list(String providerId, boolean overdueOnly, Caller caller, Pageable pageable) {
        LocalDate overdueOn = overdueOnly ? LocalDate.now(clock) : null;
        String organisation = caller.organisation() == null ? "" : caller.organisation();
        if (caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)) {
            return packages.list(providerId, null, null, overdueOn, pageable);
        }
        if (caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD)) {
            return packages.list(providerId, null, organisation, overdueOn, pageable);
        }
        return packages.list(providerId, organisation, null, overdueOn, pageable);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean maySee(Caller caller, InsightPackage found) {
        return caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                || caller.actsFor(found.boardOrganisationId(), ORDERER_OFFICIAL, CONTRACT_MANAGER)
                || caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD) && caller.actsFor(found.providerOrganisationId());
    }

    private static InsightPackageDeliveredV1 event(InsightPackage p) {
        return new InsightPackageDeliveredV1(p.id().toString(), p.providerId(), p.providerOrganisationId(),
                p.boardOrganisationId(), p.agreementId(), p.title(), p.requestedOn().toString(), p.dueOn().toString(),
                p.deliveredOn().toString(), p.deliveredLate(), p.items().stream()
                .map(item -> new InsightPackageDeliveredV1.ItemV1(item.description(), item.content(),
                        item.deliveredOn().toString())).toList(), p.version());
    }

    public sealed interface Outcome {
        record Done(InsightPackage insightPackage) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NotFound(String detail) implements Outcome {
        }

        record NotPermitted() implements Outcome {
        }

        record Conflict(String detail) implements Outcome {
        }
    }
}
