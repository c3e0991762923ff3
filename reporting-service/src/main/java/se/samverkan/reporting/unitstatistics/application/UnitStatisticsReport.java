package se.samverkan.reporting.unitstatistics.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.producer.StatisticsSubmittedV1;
import se.samverkan.defaults.security.Caller;
import se.samverkan.reporting.unitstatistics.domain.UnitPeriodStatistics;

/**
 * Keeps the latest statistics of each unit and period from {@code statistics.submitted.v1}
 * (idempotent; an older version arriving late changes nothing), and lists them as the caller
 * may see them: the council level, finance and administrators all; a board's officials what was
 * reported against their board's specification; the production board its in-house units.
 */
@Service
public class UnitStatisticsReport {

    private static final Logger log = LoggerFactory.getLogger(UnitStatisticsReport.class);

    private final UnitStatisticsStore store;

    UnitStatisticsReport(UnitStatisticsStore store) {
        this.store = store;
    }

    public void onSubmitted(EventEnvelope<StatisticsSubmittedV1> event) {
        StatisticsSubmittedV1 payload = event.payload();
        if (payload.unitId() == null || payload.period() == null || payload.boardOrganisationId() == null) {
            throw new IllegalArgumentException("statistics.submitted.v1 " + event.eventId()
                    + " lacks unitId, period or boardOrganisationId");
        }
        List<UnitPeriodStatistics.Figure> figures = payload.values() == null ? List.of() : payload.values().stream()
                .map(value -> new UnitPeriodStatistics.Figure(value.measure(), value.valueType(), value.value(),
                        value.text(), value.byGender(), value.byAgeBand(), value.byArea(), value.respondents()))
                .toList();
        UnitPeriodStatistics statistics = new UnitPeriodStatistics(payload.unitId(), payload.unitName(),
                payload.providerId(), payload.providerOrganisationId(), payload.serviceArea(), payload.area(),
                payload.period(), payload.frequency(), payload.periodStart(), payload.boardOrganisationId(),
                payload.specificationId(), payload.specificationVersion(), payload.version(), payload.late(),
                payload.submittedAt() == null ? event.occurredAt() : Instant.parse(payload.submittedAt()), figures);
        if (!store.saveIfNewer(statistics, event.eventId().toString())) {
            log.info("Ignored event {}: unit {} period {} already at version {} or newer", event.eventId(),
                    payload.unitId(), payload.period(), payload.version());
        }
    }

    /**
     * Hands over every unit's latest statistics reported to the boards for the periods of the year
     * (months, quarters and the year itself) with the figures of the measures: what goal attainment
     * is measured with. One read for a whole compile (on a server without a usable index each read
     * passes over every stored period), taken one at a time (a large municipality's year does not
     * fit a small heap at once). No access check: callers of this are the reports that already
     * checked the boards.
     */
    public void forEachOfBoardsAndYear(Collection<String> boardOrganisationIds, int year, Collection<String> measures,
                                       Consumer<UnitPeriodStatistics> action) {
        if (!boardOrganisationIds.isEmpty() && !measures.isEmpty()) {
            store.forEachOfBoardsAndYear(boardOrganisationIds, year, measures, action);
        }
    }

    /**
     * Which periods arrived for the units, each as {@code unitId + "|" + period}, whatever the
     * version: what missing-submission tracking checks against. No access check.
     */
    public Set<String> submittedPeriods(Collection<String> unitIds) {
        return unitIds.isEmpty() ? Set.of() : store.submittedPeriods(unitIds);
    }

    public Page<UnitPeriodStatistics> list(Caller caller, UnitStatisticsStore.Filter requested, Pageable pageable) {
        if (caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)) {
            return store.list(requested, pageable);
        }
        if (caller.hasAny(ORDERER_OFFICIAL, CONTRACT_MANAGER) && caller.organisation() != null) {
            if (requested.boardOrganisationId() != null && !requested.boardOrganisationId().equals(caller.organisation())) {
                return Page.empty(pageable);
            }
            return store.list(new UnitStatisticsStore.Filter(caller.organisation(), requested.providerOrganisationId(),
                    requested.serviceArea(), requested.period(), requested.measure()), pageable);
        }
        if (caller.hasAny(PRODUCTION_BOARD) && caller.organisation() != null) {
            return store.list(new UnitStatisticsStore.Filter(requested.boardOrganisationId(), caller.organisation(),
                    requested.serviceArea(), requested.period(), requested.measure()), pageable);
        }
        return Page.empty(pageable);
    }
}
