package se.samverkan.producer.statistics.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.StatisticsSubmittedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.CorrelationId;
import se.samverkan.producer.provider.application.ProviderRepository;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.provider.domain.ProviderId;
import se.samverkan.producer.statistics.domain.DueDates;
import se.samverkan.producer.statistics.domain.ReportedValue;
import se.samverkan.producer.statistics.domain.ReportingUnit;
import se.samverkan.producer.statistics.domain.Submission;
import se.samverkan.producer.statistics.domain.SubmissionRules;
import se.samverkan.producer.statistics.domain.SubmissionVersion;
import se.samverkan.producer.statistics.domain.ValueInput;

/**
 * Use case: a provider submits a unit's statistics for a period, or corrects them with a new
 * version; each version is announced with {@code statistics.submitted.v1}.
 */
@Service
public class SubmitStatistics {

    /** Due dates and "today" are days in Swedish time, as the municipality counts them. */
    static final ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");

    private final ProviderRepository providers;
    private final SpecificationStore specifications;
    private final AgreementStore agreements;
    private final SubmissionRepository submissions;
    private final DueDates dueDates;
    private final Clock clock;

    SubmitStatistics(ProviderRepository providers, SpecificationStore specifications, AgreementStore agreements,
                     SubmissionRepository submissions, DueDates dueDates, Clock clock) {
        this.providers = providers;
        this.specifications = specifications;
        this.agreements = agreements;
        this.submissions = submissions;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        Provider provider = ProviderId.parse(command.providerId()).flatMap(providers::find)
                .filter(found -> StatisticsAccess.maySubmit(command.caller(), found)).orElse(null);
        if (provider == null) {
            return new Outcome.NoSuchProvider(command.providerId());
        }
        List<ReportingUnit> units = units(provider);
        String serviceArea = units.stream().filter(unit -> unit.unitId().equals(
                        command.unitId() == null ? "" : command.unitId().strip()))
                .map(ReportingUnit::serviceArea).findFirst().orElse(null);
        SubmissionRules.Check check = SubmissionRules.check(units, agreements.ofProvider(provider.id().toString()),
                serviceArea == null ? List.of() : specifications.forServiceArea(serviceArea), command.unitId(),
                command.period(), command.values(), command.comment());
        if (check instanceof SubmissionRules.Check.Rejected rejected) {
            return new Outcome.Rejected(rejected.violations());
        }
        SubmissionRules.Check.Accepted accepted = (SubmissionRules.Check.Accepted) check;
        Instant now = clock.instant();
        Submission.Content content = new Submission.Content(accepted.values(), accepted.specification(), now,
                now.atZone(SWEDISH_TIME).toLocalDate(), command.caller().username(),
                command.comment() == null || command.comment().isBlank() ? null : command.comment().strip());
        Optional<Submission> earlier = submissions.find(accepted.unit().unitId(), accepted.period());
        Submission submission = earlier.map(found -> found.correct(content)).orElseGet(() -> Submission.submit(
                provider.id().toString(), provider.organisationId(), accepted.unit(), accepted.period(), dueDates,
                content));
        List<EventEnvelope<?>> events = List.of(event(submission, command.caller()));
        boolean stored = earlier.isPresent() ? submissions.update(submission, earlier.get().revision(), events)
                : submissions.insert(submission, events);
        if (!stored) {
            return new Outcome.ChangedMeanwhile();
        }
        return new Outcome.Submitted(submission);
    }

    static List<ReportingUnit> units(Provider provider) {
        return provider.units().stream().map(unit -> new ReportingUnit(unit.id().toString(), unit.name(),
                unit.serviceArea().name(), unit.area(), unit.openedOn(), unit.closedOn())).toList();
    }

    private static EventEnvelope<StatisticsSubmittedV1> event(Submission submission, Caller caller) {
        SubmissionVersion version = submission.current();
        return EventEnvelope.of(EventTypes.STATISTICS_SUBMITTED_V1, version.submittedAt(), caller.organisation(),
                CorrelationId.current(), new StatisticsSubmittedV1(submission.id(), submission.providerId(),
                        submission.providerOrganisationId(), submission.unit().unitId(), submission.unit().name(),
                        submission.unit().serviceArea(), submission.unit().area(), submission.period().toString(),
                        submission.period().frequency().name(), submission.period().firstDay().toString(),
                        submission.period().lastDay().toString(), version.version(), version.specificationId(),
                        version.specificationVersion(), version.boardId(), version.boardOrganisationId(),
                        version.submittedAt().toString(), submission.dueOn().toString(), submission.late(),
                        version.values().stream().map(SubmitStatistics::value).toList()));
    }

    private static StatisticsSubmittedV1.MeasureValue value(ReportedValue value) {
        return new StatisticsSubmittedV1.MeasureValue(value.measure(), value.valueType().name(), value.value(),
                value.text(), value.byGender(), value.byAgeBand(), value.byArea(), value.respondents(),
                value.responseRate());
    }

    public record Command(String providerId, String unitId, String period, List<ValueInput> values, String comment,
                          Caller caller) {
    }

    public sealed interface Outcome {
        /** Stored as a new version (1 for a first submission). */
        record Submitted(Submission submission) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }

        record NoSuchProvider(String providerId) implements Outcome {
        }

        /** Another version of the same unit and period was stored at the same moment. */
        record ChangedMeanwhile() implements Outcome {
        }
    }
}
