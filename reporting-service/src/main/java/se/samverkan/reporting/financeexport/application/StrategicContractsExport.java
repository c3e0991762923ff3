package se.samverkan.reporting.financeexport.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import se.samverkan.defaults.security.Caller;
import se.samverkan.reporting.financeexport.domain.ExportTable;
import se.samverkan.reporting.financeexport.domain.TableLayout;
import se.samverkan.reporting.strategiccontracts.application.StrategicContractReport;
import se.samverkan.reporting.strategiccontracts.application.StrategicContractStore;
import se.samverkan.reporting.strategiccontracts.domain.FindingTally;
import se.samverkan.reporting.strategiccontracts.domain.StrategicContract;

/**
 * The strategic contracts that ran during a year (started by its end and neither ended nor
 * terminated before its start), one row each with its annual value and its findings, by board
 * and then title.
 */
@Component
class StrategicContractsExport implements ExportSource {

    record Row(StrategicContract contract, FindingTally findings) {
    }

    static final TableLayout<Row> LAYOUT = TableLayout.<Row>of("strategic-contracts", "Strategiska avtal")
            .text("agreementId", "Avtals-id", row -> row.contract().agreementId())
            .text("title", "Avtal", row -> row.contract().title())
            .text("boardOrganisationId", "Nämnd-id", row -> row.contract().boardOrganisationId())
            .text("providerOrganisationId", "Utförare-id", row -> row.contract().providerOrganisationId())
            .text("route", "Upphandlingsform", row -> row.contract().route())
            .text("serviceArea", "Verksamhetsområde", row -> row.contract().serviceArea())
            .date("startsOn", "Startdatum", row -> TableLayout.parseDay(row.contract().startsOn()))
            .date("endsOn", "Slutdatum", row -> TableLayout.parseDay(row.contract().endsOn()))
            .amount("annualValue", "Årsvärde", row -> TableLayout.parseDecimal(row.contract().annualValueSek()))
            .text("contractManager", "Avtalsansvarig", row -> row.contract().contractManager())
            .integer("requirements", "Antal krav", row -> row.contract().requirementCount())
            .integer("findingsRegistered", "Brister", row -> row.findings().registered())
            .integer("findingsOpen", "Öppna brister", row -> row.findings().open())
            .integer("findingsWithAcceptedPlan", "Brister med godkänd åtgärdsplan",
                    row -> row.findings().withAcceptedPlan())
            .integer("findingsClosed", "Avslutade brister", row -> row.findings().closed())
            .date("signedOn", "Undertecknat", row -> TableLayout.parseDay(row.contract().signedOn()))
            .date("terminatedOn", "Upphört", row -> TableLayout.parseDay(row.contract().terminatedOn()))
            .text("terminationReason", "Skäl till upphörande", row -> row.contract().terminationReason());

    private final StrategicContractReport report;

    StrategicContractsExport(StrategicContractReport report) {
        this.report = report;
    }

    @Override
    public String name() {
        return LAYOUT.name();
    }

    @Override
    public Set<ExportRequest.Parameter> parameters() {
        return Set.of(ExportRequest.Parameter.YEAR);
    }

    @Override
    public String fileName(ExportRequest request) {
        return "strategiska-avtal-" + request.year();
    }

    @Override
    public ExportTable table(Caller caller, ExportRequest request) {
        int year = request.requiredYear();
        List<StrategicContract> running = report.list(caller, new StrategicContractStore.Filter(null, null, null, null),
                        Pageable.unpaged(Sort.by("boardOrganisationId", "title"))).getContent().stream()
                .filter(contract -> ranDuring(contract, year)).toList();
        Page<StrategicContract> page = new PageImpl<>(running);
        Map<String, FindingTally> findings = report.findingsOf(page);
        return table(running, findings);
    }

    static ExportTable table(List<StrategicContract> contracts, Map<String, FindingTally> findings) {
        return LAYOUT.table(contracts.stream()
                .sorted(Comparator.comparing(StrategicContract::boardOrganisationId,
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(StrategicContract::title, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(StrategicContract::agreementId))
                .map(contract -> new Row(contract, findings.getOrDefault(contract.agreementId(), FindingTally.NONE)))
                .toList());
    }

    /** Started by the year's end, and not over (ended or terminated) before its start; no start day counts as started. */
    static boolean ranDuring(StrategicContract contract, int year) {
        LocalDate starts = TableLayout.parseDay(contract.startsOn());
        LocalDate terminated = TableLayout.parseDay(contract.terminatedOn());
        LocalDate ends = TableLayout.parseDay(contract.endsOn());
        LocalDate over = terminated != null && (ends == null || terminated.isBefore(ends)) ? terminated : ends;
        return (starts == null || starts.getYear() <= year) && (over == null || over.getYear() >= year);
    }
}
