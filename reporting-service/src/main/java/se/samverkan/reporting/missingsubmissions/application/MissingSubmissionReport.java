package se.samverkan.reporting.missingsubmissions.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.reporting.missingsubmissions.domain.Agreement;
import se.samverkan.reporting.missingsubmissions.domain.DueDates;
import se.samverkan.reporting.missingsubmissions.domain.MissingSubmissions;
import se.samverkan.reporting.missingsubmissions.domain.ReportingUnit;
import se.samverkan.reporting.strategiccontracts.application.StrategicContractReport;
import se.samverkan.reporting.strategiccontracts.domain.StrategicContract;
import se.samverkan.reporting.unitstatistics.application.UnitStatisticsReport;

/**
 * Which statistics should have arrived by a day and did not, across boards: built from the
 * agreements the strategic-contract read model keeps (every agreement, strategic or not), the
 * units and specification versions kept here, and the periods the unit-statistics read model
 * holds. The council level, finance and administrators see every row; a board's officials and
 * contract managers their board's; a provider's users and the production board their own
 * organisation's. Rows a caller may not see are simply not there.
 */
@Service
public class MissingSubmissionReport {

    private static final ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");

    private final ReportingUnitStore units;
    private final StrategicContractReport agreements;
    private final UnitStatisticsReport statistics;
    private final DueDates dueDates;
    private final Clock clock;

    MissingSubmissionReport(ReportingUnitStore units, StrategicContractReport agreements,
                            UnitStatisticsReport statistics, DueDates dueDates, Clock clock) {
        this.units = units;
        this.agreements = agreements;
        this.statistics = statistics;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** Null fields do not filter. */
    public record Filter(String boardOrganisationId, String providerOrganisationId) {
    }

    public LocalDate today() {
        return clock.instant().atZone(SWEDISH_TIME).toLocalDate();
    }

    public List<MissingSubmissions.Missing> missing(Caller caller, LocalDate asOf, Filter requested) {
        return visibleTo(caller, requested).map(filter -> all(asOf).stream()
                .filter(row -> filter.boardOrganisationId() == null
                        || filter.boardOrganisationId().equals(row.boardOrganisationId()))
                .filter(row -> filter.providerOrganisationId() == null
                        || filter.providerOrganisationId().equals(row.providerOrganisationId()))
                .toList()).orElse(List.of());
    }

    public List<MissingSubmissions.ProviderSummary> perProvider(Caller caller, LocalDate asOf, Filter requested) {
        return MissingSubmissions.perProvider(missing(caller, asOf, requested));
    }

    /**
     * How many units' statistics are missing per board and period on the day, for every board: what
     * a reporting calendar shows beside each board's due dates. No access check; the caller checks.
     */
    public List<MissingSubmissions.BoardPeriodCount> countsPerBoardAndPeriod(LocalDate asOf) {
        return MissingSubmissions.perBoardAndPeriod(all(asOf));
    }

    private List<MissingSubmissions.Missing> all(LocalDate asOf) {
        List<ReportingUnit> known = units.units();
        return MissingSubmissions.asOf(asOf, known, agreements.signedAgreements().stream()
                        .map(MissingSubmissionReport::agreement).toList(), units.specifications(),
                statistics.submittedPeriods(known.stream().map(ReportingUnit::unitId).toList()), dueDates);
    }

    /** The requested filter narrowed to what the caller may see; empty when that is nothing. */
    static Optional<Filter> visibleTo(Caller caller, Filter requested) {
        if (caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)) {
            return Optional.of(requested);
        }
        if (caller.hasAny(ORDERER_OFFICIAL, CONTRACT_MANAGER)) {
            return narrowed(caller.organisation(), requested.boardOrganisationId())
                    .map(board -> new Filter(board, requested.providerOrganisationId()));
        }
        if (caller.hasAny(PROVIDER_USER, PRODUCTION_BOARD)) {
            return narrowed(caller.organisation(), requested.providerOrganisationId())
                    .map(provider -> new Filter(requested.boardOrganisationId(), provider));
        }
        return Optional.empty();
    }

    private static Optional<String> narrowed(String own, String requested) {
        if (own == null || (requested != null && !Objects.equals(requested, own))) {
            return Optional.empty();
        }
        return Optional.of(own);
    }

    private static Agreement agreement(StrategicContract contract) {
        return new Agreement(contract.agreementId(), contract.providerId(), contract.providerOrganisationId(),
                contract.boardId(), contract.boardOrganisationId(), contract.serviceArea(), date(contract.startsOn()),
                date(contract.endsOn()), date(contract.terminatedOn()));
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
