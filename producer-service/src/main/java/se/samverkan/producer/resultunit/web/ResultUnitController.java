package se.samverkan.producer.resultunit.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.PageRequests;
import se.samverkan.defaults.web.PageResponse;
import se.samverkan.defaults.web.Problems;
import se.samverkan.producer.resultunit.application.ActOnResultUnit;
import se.samverkan.producer.resultunit.application.RegisterResultUnit;
import se.samverkan.producer.resultunit.application.ResultUnitProperties;
import se.samverkan.producer.resultunit.application.ResultUnitQueries;
import se.samverkan.producer.resultunit.domain.MonthlyReport;
import se.samverkan.producer.resultunit.domain.ResultUnit;
import se.samverkan.producer.resultunit.domain.ServiceAreaEquity;
import se.samverkan.producer.resultunit.web.ResultUnitResponses.EquityResponse;
import se.samverkan.producer.resultunit.web.ResultUnitResponses.MonthResponse;
import se.samverkan.producer.resultunit.web.ResultUnitResponses.RequirementResponse;
import se.samverkan.producer.resultunit.web.ResultUnitResponses.SaleResponse;
import se.samverkan.producer.resultunit.web.ResultUnitResponses.ToDateResponse;
import se.samverkan.producer.resultunit.web.ResultUnitResponses.UnitResponse;
import se.samverkan.producer.resultunit.web.ResultUnitResponses.UnitSaleResponse;

@RestController
@RequestMapping("/api/v1/result-units")
class ResultUnitController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("name", "nameKey");
        SORTABLE.put("serviceArea", "serviceArea");
        SORTABLE.put("registeredAt", "registeredAt");
    }

    private final RegisterResultUnit register;
    private final ActOnResultUnit act;
    private final ResultUnitQueries queries;
    private final ResultUnitProperties properties;

    ResultUnitController(RegisterResultUnit register, ActOnResultUnit act, ResultUnitQueries queries,
                         ResultUnitProperties properties) {
        this.register = register;
        this.act = act;
        this.queries = queries;
        this.properties = properties;
    }

    @PostMapping
    ResponseEntity<?> register(@RequestBody RegisterRequest request, Caller caller) {
        RegisterResultUnit.Outcome outcome = register.handle(new RegisterResultUnit.Command(request.name(),
                request.serviceArea(), request.firstYear(), request.equityBroughtForward(), caller));
        if (outcome instanceof RegisterResultUnit.Outcome.Registered registered) {
            return ResponseEntity.created(URI.create("/api/v1/result-units/" + registered.unit().id()))
                    .body(UnitResponse.of(registered.unit()));
        }
        if (outcome instanceof RegisterResultUnit.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        if (outcome instanceof RegisterResultUnit.Outcome.NotInHouse notInHouse) {
            return ResponseEntity.status(409).body(Problems.conflict("Resultatenheter finns bara i kommunens egen"
                    + " produktion (juridisk form KOMMUNAL_EGENREGI); " + notInHouse.providerName() + " är en annan"
                    + " utförare."));
        }
        if (outcome instanceof RegisterResultUnit.Outcome.NameTaken taken) {
            return ResponseEntity.status(409).body(Problems.conflict("Produktionen har redan en resultatenhet som"
                    + " heter '" + taken.name() + "'."));
        }
        return ResponseEntity.status(404).body(Problems.notFound("Ingen utförare i registret drivs av din"
                + " organisation; resultatenheter registreras för kommunens egen produktion."));
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort, Caller caller) {
        return ResponseEntity.ok(PageResponse.of(queries.list(caller, PageRequests.of(page, size, sort, SORTABLE)),
                UnitResponse::of));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id, Caller caller) {
        return queries.find(id, caller).<ResponseEntity<?>>map(unit -> ResponseEntity.ok(UnitResponse.of(unit)))
                .orElseGet(() -> notFound(id));
    }

    @PutMapping("/{id}/budgets/{year}")
    ResponseEntity<?> setBudget(@PathVariable String id, @PathVariable String year, @RequestBody BudgetRequest request,
                                Caller caller) {
        Integer parsedYear = year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        if (parsedYear == null) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("year", "format",
                    "Budgetåret '" + year + "' ska vara ett årtal, t.ex. 2026."))));
        }
        ActOnResultUnit.Outcome outcome = act.setBudget(id, parsedYear, request.revenues(), request.costs(),
                request.marginRequirementPercent(), request.requirementReason(), caller);
        return answer(id, outcome, changed -> ResponseEntity.ok(UnitResponse.of(changed.unit())));
    }

    @PutMapping("/{id}/months/{period}")
    ResponseEntity<?> recordMonth(@PathVariable String id, @PathVariable String period,
                                  @RequestBody MonthRequest request, Caller caller) {
        ActOnResultUnit.Outcome outcome = act.recordMonth(id, period, new ActOnResultUnit.MonthFigures(
                request.revenues(), request.costs(), request.outputVolume(), request.outputNote(), request.qualityNote(),
                request.staffFullTimeEquivalents(), request.sickLeavePercent(), request.staffNote()), caller);
        return answer(id, outcome, changed -> ResponseEntity.ok(MonthResponse.of(
                changed.unit().months().get(YearMonth.parse(period.strip())))));
    }

    @PostMapping("/{id}/months/{period}/close")
    ResponseEntity<?> closeMonth(@PathVariable String id, @PathVariable String period,
                                 @RequestBody(required = false) CloseRequest request, Caller caller) {
        ActOnResultUnit.Outcome outcome = act.closeMonth(id, period, request == null ? null : request.actionPlan(),
                caller);
        return answer(id, outcome, changed -> {
            ResultUnit.Change.MonthClosed closed = (ResultUnit.Change.MonthClosed) changed.change();
            return ResponseEntity.ok(new MonthClosedResponse(MonthResponse.of(closed.month()),
                    ToDateResponse.of(closed.toDate()), RequirementResponse.of(closed.requirement()),
                    closed.requirement() == null ? null : closed.requirement().isMetBy(closed.toDate().marginPercent()),
                    closed.majorDeviation(), EquityResponse.of(closed.equity())));
        });
    }

    @PostMapping("/{id}/sales")
    ResponseEntity<?> requestSale(@PathVariable String id, @RequestBody SaleRequest request, Caller caller) {
        ActOnResultUnit.Outcome outcome = act.requestSale(id, request.buyerMunicipality(), request.service(),
                request.annualAmount(), request.ordererBoard(), caller);
        return answer(id, outcome, changed -> {
            ResultUnit.Change.SaleChanged sale = (ResultUnit.Change.SaleChanged) changed.change();
            return ResponseEntity.created(URI.create("/api/v1/result-units/" + id + "/sales/" + sale.sale().id()))
                    .body(SaleResponse.of(sale.sale()));
        });
    }

    @PostMapping("/{id}/sales/{saleId}/decision")
    ResponseEntity<?> decideSale(@PathVariable String id, @PathVariable String saleId,
                                 @RequestBody DecisionRequest request, Caller caller) {
        return answer(id, act.decideSale(id, saleId, request.decision(), request.reason(), caller), this::sale);
    }

    @PostMapping("/{id}/sales/{saleId}/start")
    ResponseEntity<?> startSale(@PathVariable String id, @PathVariable String saleId, Caller caller) {
        return answer(id, act.startSale(id, saleId, caller), this::sale);
    }

    @PostMapping("/{id}/sales/{saleId}/invoice")
    ResponseEntity<?> invoiceSale(@PathVariable String id, @PathVariable String saleId, Caller caller) {
        return answer(id, act.invoiceSale(id, saleId, caller), this::sale);
    }

    @GetMapping("/sales")
    List<UnitSaleResponse> sales(Caller caller) {
        return queries.sales(caller).stream().map(found -> new UnitSaleResponse(found.unit().id().toString(),
                found.unit().name(), SaleResponse.of(found.sale()))).toList();
    }

    @GetMapping("/equity")
    ResponseEntity<?> equity(@RequestParam(required = false) String year, Caller caller) {
        if (year == null || !year.matches("\\d{4}")) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("year",
                    year == null ? "required" : "format", "Ange året som 'year', t.ex. year=2026."))));
        }
        List<ServiceAreaEquity> areas = queries.equityByServiceArea(Integer.parseInt(year), caller);
        return ResponseEntity.ok(new EquityOfYear(Integer.parseInt(year), areas.stream().map(area ->
                new AreaEquityResponse(area.serviceArea().name(), ServiceAreaCode.labelOf(area.serviceArea().name()),
                        area.units(), area.broughtForward(), area.result(), area.carriedForward())).toList()));
    }

    @GetMapping("/monthly-reports/{period}")
    ResponseEntity<?> monthlyReport(@PathVariable String period, Caller caller) {
        YearMonth month;
        try {
            month = period.matches("\\d{4}-\\d{2}") ? YearMonth.parse(period) : null;
        } catch (java.time.format.DateTimeParseException e) {
            month = null;
        }
        if (month == null) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("period", "format",
                    "Månaden '" + period + "' ska skrivas ÅÅÅÅ-MM, t.ex. 2026-03."))));
        }
        MonthlyReport report = queries.monthlyReport(month, caller);
        return ResponseEntity.ok(new MonthlyReportResponse(report.period(), properties.majorDeviationPercent(),
                report.units().stream().map(row -> new ReportRow(row.unit().id().toString(), row.unit().name(),
                        row.unit().serviceArea().name(), MonthResponse.of(row.month()), ToDateResponse.of(row.toDate()),
                        RequirementResponse.of(row.requirement()), row.meetsRequirement(), row.majorDeviation(),
                        EquityResponse.of(row.equity()))).toList(),
                new TotalsResponse(report.totals().units(), report.totals().monthClosed(),
                        report.totals().majorDeviations(), report.totals().revenuesToDate(),
                        report.totals().costsToDate(), report.totals().resultToDate(),
                        report.totals().budgetResultToDate(), report.totals().marginPercentToDate(),
                        report.totals().averageRequirementPercent(), report.totals().ladderRequirementPercent())));
    }

    private ResponseEntity<?> sale(ActOnResultUnit.Outcome.Changed changed) {
        return ResponseEntity.ok(SaleResponse.of(((ResultUnit.Change.SaleChanged) changed.change()).sale()));
    }

    private static ResponseEntity<?> answer(String id, ActOnResultUnit.Outcome outcome,
                                            java.util.function.Function<ActOnResultUnit.Outcome.Changed,
                                                    ResponseEntity<?>> ok) {
        if (outcome instanceof ActOnResultUnit.Outcome.Changed changed) {
            return ok.apply(changed);
        }
        if (outcome instanceof ActOnResultUnit.Outcome.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.rejection().violations()));
        }
        if (outcome instanceof ActOnResultUnit.Outcome.Refused refused) {
            return ResponseEntity.status(409).body(Problems.conflict(refused.reason()));
        }
        if (outcome instanceof ActOnResultUnit.Outcome.ChangedMeanwhile) {
            return ResponseEntity.status(409).body(Problems.conflict(
                    "Resultatenheten ändrades samtidigt av någon annan. Läs om den och försök igen."));
        }
        return notFound(id);
    }

    private static ResponseEntity<?> notFound(String id) {
        return ResponseEntity.status(404).body(Problems.notFound("Resultatenheten " + id + " finns inte."));
    }

    record RegisterRequest(String name, String serviceArea, Integer firstYear, BigDecimal equityBroughtForward) {
    }

    record BudgetRequest(BigDecimal revenues, BigDecimal costs, BigDecimal marginRequirementPercent,
                         String requirementReason) {
    }

    record MonthRequest(BigDecimal revenues, BigDecimal costs, Long outputVolume, String outputNote,
                        String qualityNote, BigDecimal staffFullTimeEquivalents, BigDecimal sickLeavePercent,
                        String staffNote) {
    }

    record CloseRequest(String actionPlan) {
    }

    record SaleRequest(String buyerMunicipality, String service, BigDecimal annualAmount, String ordererBoard) {
    }

    record DecisionRequest(String decision, String reason) {
    }

    record MonthClosedResponse(MonthResponse month, ToDateResponse yearToDate, RequirementResponse requirement,
                               Boolean meetsRequirement, boolean majorDeviation, EquityResponse equity) {
    }

    record EquityOfYear(int year, List<AreaEquityResponse> serviceAreas) {
    }

    record AreaEquityResponse(String serviceArea, String serviceAreaLabel, int units, BigDecimal broughtForward,
                              BigDecimal result, BigDecimal carriedForward) {
    }

    record MonthlyReportResponse(YearMonth period, BigDecimal majorDeviationThresholdPercent, List<ReportRow> units,
                                 TotalsResponse totals) {
    }

    record ReportRow(String resultUnitId, String name, String serviceArea, MonthResponse month,
                     ToDateResponse yearToDate, RequirementResponse requirement, Boolean meetsRequirement,
                     boolean majorDeviation, EquityResponse equity) {
    }

    record TotalsResponse(int units, int monthClosed, int majorDeviations, BigDecimal revenuesToDate,
                          BigDecimal costsToDate, BigDecimal resultToDate, BigDecimal budgetResultToDate,
                          BigDecimal operatingMarginPercentToDate, BigDecimal averageRequirementPercent,
                          BigDecimal ladderRequirementPercent) {
    }
}
