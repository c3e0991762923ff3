package se.samverkan.reporting.strategiccontracts.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.samverkan.defaults.security.Caller;
import se.samverkan.reporting.strategiccontracts.application.StrategicContractStore.Filter;
import se.samverkan.reporting.strategiccontracts.domain.CompiledReport;
import se.samverkan.reporting.strategiccontracts.domain.ContractFinding;
import se.samverkan.reporting.strategiccontracts.domain.StrategicContract;

/**
 * The year's report on strategic contracts compiled across boards for KS/KF. Each caller gets the
 * sections the strategic-contract list shows them: the council level, finance and administrators
 * every board's; a board's officials and contract managers their own board's; the production
 * board the contracts where it is the provider.
 */
@Service
public class StrategicContractCompilation {

    private static final ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");

    private final StrategicContractStore contracts;
    private final ContractFindingStore findings;
    private final Clock clock;

    StrategicContractCompilation(StrategicContractStore contracts, ContractFindingStore findings, Clock clock) {
        this.contracts = contracts;
        this.findings = findings;
        this.clock = clock;
    }

    public CompiledReport compile(Caller caller, int year, String boardOrganisationId) {
        LocalDate today = clock.instant().atZone(SWEDISH_TIME).toLocalDate();
        return StrategicContractReport.visibleTo(caller, new Filter(boardOrganisationId, null, null, null))
                .map(filter -> {
                    List<StrategicContract> visible = contracts.allStrategic(filter);
                    Map<String, List<ContractFinding>> found = visible.isEmpty() ? Map.of()
                            : findings.ofAgreements(visible.stream().map(StrategicContract::agreementId).toList());
                    return CompiledReport.compile(year, today, visible, found);
                })
                .orElseGet(() -> CompiledReport.compile(year, today, List.of(), Map.of()));
    }
}
