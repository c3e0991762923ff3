package se.samverkan.reporting.strategiccontracts.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.reporting.strategiccontracts.application.StrategicContractStore.Filter;
import se.samverkan.reporting.strategiccontracts.domain.FindingTally;
import se.samverkan.reporting.strategiccontracts.domain.StrategicContract;

/**
 * The strategic agreements the council's strategic-contract report is compiled from. The council
 * level, finance and administrators see every board's; a board's officials and contract managers
 * see their own board's; the production board sees those where the in-house production is the
 * provider. Rows a caller may not see are simply not there.
 */
@Service
public class StrategicContractReport {

    private final StrategicContractStore store;
    private final FindingTallyStore findings;

    StrategicContractReport(StrategicContractStore store, FindingTallyStore findings) {
        this.store = store;
        this.findings = findings;
    }

    /** The findings of each listed agreement (absent: none registered). */
    public Map<String, FindingTally> findingsOf(Page<StrategicContract> contracts) {
        return contracts.isEmpty() ? Map.of()
                : findings.tallies(contracts.getContent().stream().map(StrategicContract::agreementId).toList());
    }

    /**
     * Every signed agreement, strategic or not, with its termination: which provider reports to
     * which board from when to when. No access check: callers are reports that check their own.
     */
    public List<StrategicContract> signedAgreements() {
        return store.allSigned();
    }

    public Page<StrategicContract> list(Caller caller, Filter requested, Pageable pageable) {
        return visibleTo(caller, requested).map(filter -> store.listStrategic(filter, pageable))
                .orElseGet(() -> Page.empty(pageable));
    }

    /** The requested filter narrowed to what the caller may see; empty when that is nothing. */
    static Optional<Filter> visibleTo(Caller caller, Filter requested) {
        if (caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)) {
            return Optional.of(requested);
        }
        if (caller.hasAny(ORDERER_OFFICIAL, CONTRACT_MANAGER)) {
            return narrowed(caller.organisation(), requested.boardOrganisationId())
                    .map(board -> new Filter(board, requested.providerOrganisationId(), requested.serviceArea(),
                            requested.active()));
        }
        if (caller.hasAny(PRODUCTION_BOARD)) {
            return narrowed(caller.organisation(), requested.providerOrganisationId())
                    .map(provider -> new Filter(requested.boardOrganisationId(), provider, requested.serviceArea(),
                            requested.active()));
        }
        return Optional.empty();
    }

    private static Optional<String> narrowed(String own, String requested) {
        if (own == null || (requested != null && !requested.equals(own))) {
            return Optional.empty();
        }
        return Optional.of(own);
    }
}
