package se.samverkan.reporting.strategiccontracts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.reporting.strategiccontracts.application.StrategicContractReport;
import se.samverkan.reporting.strategiccontracts.application.StrategicContractStore.Filter;
import se.samverkan.reporting.strategiccontracts.domain.CategoryCount;
import se.samverkan.reporting.strategiccontracts.domain.FindingTally;
import se.samverkan.reporting.strategiccontracts.domain.StrategicContract;

/** The strategic agreements per board, the list the council's strategic-contract report is compiled from. */
@RestController
@RequestMapping("/api/v1/reports/strategic-contracts")
class StrategicContractReportController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("boardOrganisationId", "boardOrganisationId");
        SORTABLE.put("serviceArea", "serviceArea");
        SORTABLE.put("startsOn", "startsOn");
        SORTABLE.put("signedOn", "signedOn");
        SORTABLE.put("title", "title");
    }

    private final StrategicContractReport report;

    StrategicContractReportController(StrategicContractReport report) {
        this.report = report;
    }

    @GetMapping
    PageResponse<StrategicContractRow> list(@RequestParam(required = false) String boardOrganisationId,
                                            @RequestParam(required = false) String serviceArea,
                                            @RequestParam(required = false) Boolean active,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) String sort,
                                            Caller caller) {
        Page<StrategicContract> contracts = report.list(caller, new Filter(blankToNull(boardOrganisationId), null,
                blankToNull(serviceArea), active), PageRequests.of(page, size, sort, SORTABLE));
        Map<String, FindingTally> findings = report.findingsOf(contracts);
        return PageResponse.of(contracts, contract -> StrategicContractRow.of(contract,
                findings.getOrDefault(contract.agreementId(), FindingTally.NONE)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record StrategicContractRow(String agreementId, String title, String boardId, String boardOrganisationId,
                                String providerId, String providerOrganisationId, String route, String serviceArea,
                                String serviceAreaLabel, String startsOn, String endsOn, String annualValueSek,
                                String contractManager, List<CategoryCount> requirementsPerCategory,
                                long requirementCount, String signedOn, boolean ended, String terminatedOn,
                                String terminationReason, FindingTally findings) {

        static StrategicContractRow of(StrategicContract contract, FindingTally findings) {
            return new StrategicContractRow(contract.agreementId(), contract.title(), contract.boardId(),
                    contract.boardOrganisationId(), contract.providerId(), contract.providerOrganisationId(),
                    contract.route(), contract.serviceArea(), ServiceAreaCode.labelOf(contract.serviceArea()),
                    contract.startsOn(), contract.endsOn(), contract.annualValueSek(), contract.contractManager(),
                    contract.requirementsPerCategory(), contract.requirementCount(), contract.signedOn(),
                    contract.ended(), contract.terminatedOn(), contract.terminationReason(), findings);
        }
    }
}
