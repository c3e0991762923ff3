package se.samverkan.producer.statistics.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.producer.provider.application.ProviderRepository;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.provider.domain.ProviderId;
import se.samverkan.producer.statistics.domain.DueDates;
import se.samverkan.producer.statistics.domain.ReportingPeriod;
import se.samverkan.producer.statistics.domain.ReportingStatus;
import se.samverkan.producer.statistics.domain.ReportingUnit;
import se.samverkan.producer.statistics.domain.Submission;

/** Reading submissions, their history and the reporting status, as the caller may. */
@Service
public class StatisticsQueries {

    private final ProviderRepository providers;
    private final SpecificationStore specifications;
    private final AgreementStore agreements;
    private final SubmissionRepository submissions;
    private final DueDates dueDates;
    private final Clock clock;

    StatisticsQueries(ProviderRepository providers, SpecificationStore specifications, AgreementStore agreements,
                      SubmissionRepository submissions, DueDates dueDates, Clock clock) {
        this.providers = providers;
        this.specifications = specifications;
        this.agreements = agreements;
        this.submissions = submissions;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** The provider's submissions the caller may read; empty when the provider is not theirs to read. */
    public Optional<Page<Submission>> list(String providerId, String unitId, ReportingPeriod period, Caller caller,
                                           Pageable pageable) {
        return provider(providerId, caller).map(provider -> submissions.list(provider.id().toString(),
                StatisticsAccess.boardLimit(caller, provider), unitId, period == null ? null : period.toString(),
                pageable));
    }

    /** One unit's submission for a period with all its versions, if the caller may read it. */
    public Optional<Submission> find(String providerId, String unitId, String period, Caller caller) {
        Optional<ReportingPeriod> reported = ReportingPeriod.parse(period);
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        return provider(providerId, caller).flatMap(provider -> submissions.find(unitId, reported.get())
                .filter(submission -> submission.providerId().equals(provider.id().toString()))
                .filter(submission -> StatisticsAccess.mayRead(caller, provider, submission)));
    }

    /** Which periods of the year each unit owes, and how each stands; a board's officials see their board's. */
    public Optional<List<ReportingStatus.UnitStatus>> status(String providerId, int year, Caller caller) {
        return provider(providerId, caller).map(provider -> {
            String board = StatisticsAccess.boardLimit(caller, provider);
            List<ReportingUnit> units = SubmitStatistics.units(provider);
            return ReportingStatus.of(year, units, agreements.ofProvider(provider.id().toString()),
                    units.stream().map(ReportingUnit::serviceArea).distinct()
                            .flatMap(area -> specifications.forServiceArea(area).stream()).toList(),
                    submissions.submittedIn(provider.id().toString(), year),
                    clock.instant().atZone(SubmitStatistics.SWEDISH_TIME).toLocalDate(), dueDates,
                    owing -> board == null || board.equals(owing));
        });
    }

    private Optional<Provider> provider(String providerId, Caller caller) {
        return ProviderId.parse(providerId).flatMap(providers::find)
                .filter(provider -> StatisticsAccess.mayReadProvider(caller, provider));
    }
}
