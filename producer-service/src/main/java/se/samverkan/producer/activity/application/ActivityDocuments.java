package se.samverkan.producer.activity.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.ActivityReportSubmittedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.producer.activity.domain.AnnualDocument;
import se.samverkan.producer.activity.domain.Kind;
import se.samverkan.producer.provider.application.ProviderQueries;
import se.samverkan.producer.provider.domain.Provider;

/**
 * Use cases of the providers' activity plans and reports. A provider's users (the production
 * board for the in-house provider) and administrators submit them; whoever may see the provider
 * reads them: the orderer side and the council level every provider's, a provider only its own.
 */
@Service
public class ActivityDocuments {

    private final AnnualDocumentRepository documents;
    private final ProviderQueries providers;
    private final Clock clock;

    ActivityDocuments(AnnualDocumentRepository documents, ProviderQueries providers, Clock clock) {
        this.documents = documents;
        this.providers = providers;
        this.clock = clock;
    }

    public Outcome submit(String providerId, Kind kind, String year, Map<String, String> sections, Caller caller) {
        Provider provider = providers.find(providerId, caller).orElse(null);
        if (provider == null) {
            return new Outcome.NotFound("Utföraren " + providerId + " finns inte.");
        }
        if (!(caller.hasAny(ADMINISTRATOR) || caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD)
                && provider.isRunBy(caller.organisation()))) {
            return new Outcome.NotPermitted();
        }
        Integer parsedYear = year(year);
        if (parsedYear == null) {
            return new Outcome.NotFound("Det finns ingen " + kind.swedishName() + " för '" + year + "'.");
        }
        AnnualDocument current = documents.find(provider.id().toString(), kind, parsedYear)
                .orElseGet(() -> AnnualDocument.none(provider.id().toString(), provider.organisationId(), kind,
                        parsedYear));
        AnnualDocument.Result result = current.submit(sections, caller.username(), clock.instant());
        if (result instanceof AnnualDocument.Result.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        AnnualDocument submitted = ((AnnualDocument.Result.Done) result).document();
        List<EventEnvelope<?>> events = kind == Kind.ACTIVITY_REPORT
                ? List.of(EventEnvelope.of(EventTypes.ACTIVITY_REPORT_SUBMITTED_V1, clock.instant(),
                caller.organisation(), CorrelationId.current(), submitted(submitted)))
                : List.of();
        if (!documents.save(submitted, current.version(), events)) {
            return new Outcome.Conflict("Dokumentet lämnades samtidigt av någon annan. Läs om det och försök igen.");
        }
        return new Outcome.Done(submitted);
    }

    public Optional<AnnualDocument> find(String providerId, Kind kind, String year, Caller caller) {
        Integer parsedYear = year(year);
        if (parsedYear == null) {
            return Optional.empty();
        }
        return providers.find(providerId, caller)
                .flatMap(provider -> documents.find(provider.id().toString(), kind, parsedYear));
    }

    /** The provider's documents of the kind, newest year first; empty when the provider is not visible. */
    public Optional<List<AnnualDocument>> list(String providerId, Kind kind, Caller caller) {
        return providers.find(providerId, caller).map(provider -> documents.list(provider.id().toString(), kind));
    }

    private static Integer year(String text) {
        try {
            return text != null && text.matches("\\d{4}") ? Integer.valueOf(text) : null;
        } catch (NumberFormatException notAYear) {
            return null;
        }
    }

    private static ActivityReportSubmittedV1 submitted(AnnualDocument document) {
        AnnualDocument.Version latest = document.latest();
        Map<String, String> sections = new TreeMap<>();
        latest.sections().forEach((section, text) -> sections.put(section.name(), text));
        return new ActivityReportSubmittedV1(document.id().toString(), document.providerId(),
                document.providerOrganisationId(), document.year(), latest.number(), latest.submittedAt().toString(),
                document.dueOn().toString(), document.late(), sections);
    }

    public sealed interface Outcome {
        record Done(AnnualDocument document) implements Outcome {
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
