package se.samverkan.reporting.economy.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.Problems;
import se.samverkan.reporting.economy.application.BoardEconomyReports;
import se.samverkan.reporting.economy.domain.BoardEconomy;
import se.samverkan.reporting.economy.domain.DeficitRestoration;
import se.samverkan.reporting.economy.domain.EconomyFigures;
import se.samverkan.reporting.economy.domain.EquityCap;
import se.samverkan.reporting.economy.domain.Flag;
import se.samverkan.reporting.economy.domain.SubmittedReport;
import se.samverkan.reporting.economy.domain.WinterMaintenance;

/**
 * The boards' economy for the council level: a board hands in a report of the calendar with its
 * economy figures, and the year's economy per board shows frame, result, equity and the flags of
 * the economic steering rules with Swedish explanations.
 */
@RestController
@RequestMapping("/api/v1/reports/economy")
class EconomyController {

    private final BoardEconomyReports reports;

    EconomyController(BoardEconomyReports reports) {
        this.reports = reports;
    }

    @PutMapping("/{year}/boards/{boardOrganisationId}/reports/{report}")
    ResponseEntity<?> submit(@PathVariable int year, @PathVariable String boardOrganisationId,
                             @PathVariable String report, @RequestBody EconomyFigures.Terms figures, Caller caller) {
        BoardEconomyReports.Recording outcome = reports.record(caller, year, boardOrganisationId, report, figures);
        if (outcome instanceof BoardEconomyReports.Recording.Recorded recorded) {
            return ResponseEntity.ok(SubmittedResponse.of(recorded));
        }
        if (outcome instanceof BoardEconomyReports.Recording.Rejected rejected) {
            return ResponseEntity.badRequest().body(Problems.validation(rejected.violations()));
        }
        return ResponseEntity.status(404).body(Problems.notFound("Nämnden " + boardOrganisationId + " finns inte "
                + "bland de nämnder du kan lämna rapporter för. En nämnds handläggare lämnar sin egen nämnds "
                + "rapporter; kommunledningskontoret kan lämna dem för en känd nämnd."));
    }

    @GetMapping("/{year}")
    ResponseEntity<?> ofYear(@PathVariable int year, Caller caller) {
        List<Violation> violations = BoardEconomyReports.checkYear(year);
        if (!violations.isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.validation(violations));
        }
        BoardEconomyReports.YearEconomy economy = reports.ofYear(year, caller);
        return ResponseEntity.ok(new YearResponse(year, economy.priceBaseAmount().orElse(null),
                economy.priceBaseAmount().isPresent() ? null : "Prisbasbeloppet för " + year + " finns inte i "
                        + "konfigurationen (samverkan.reporting.economy.price-base-amounts); investeringar kan inte "
                        + "prövas mot gränsen 120 prisbasbelopp det året.",
                economy.boards().stream().map(BoardResponse::of).toList()));
    }

    record SubmittedResponse(String boardOrganisationId, int year, String report, String reportLabel,
                             LocalDate dueOn, String status, String statusLabel, FiguresResponse figures,
                             Instant firstSubmittedAt, Instant lastSubmittedAt, String submittedBy,
                             String submittedByOrganisation, long version) {

        static SubmittedResponse of(BoardEconomyReports.Recording.Recorded recorded) {
            SubmittedReport report = recorded.report();
            return new SubmittedResponse(report.boardOrganisationId(), report.financialYear(),
                    report.figures().report().name(), report.figures().report().label(), recorded.dueOn(),
                    recorded.status().name(), recorded.status().label(), FiguresResponse.of(report.figures()),
                    report.firstSubmittedAt(), report.lastSubmittedAt(), report.submittedBy(),
                    report.submittedByOrganisation(), report.version());
        }
    }

    record FiguresResponse(BigDecimal netFrame, BigDecimal budgetTurnover, BigDecimal netCostOutcome,
                           BigDecimal netCostForecast, BigDecimal equityBroughtForward,
                           WinterResponse winterMaintenance, List<InvestmentResponse> investments,
                           String actionPlanFollowUp) {

        static FiguresResponse of(EconomyFigures figures) {
            return new FiguresResponse(figures.netFrame(), figures.budgetTurnover(), figures.netCostOutcome(),
                    figures.netCostForecast(), figures.equityBroughtForward(),
                    figures.winterMaintenance() == null ? null : WinterResponse.of(figures.winterMaintenance()),
                    figures.investments().stream().map(investment -> new InvestmentResponse(investment.name(),
                            investment.decidedNetInvestment(), investment.forecastNetInvestment(),
                            investment.overrun(), null, null)).toList(), figures.actionPlanFollowUp());
        }
    }

    record WinterResponse(BigDecimal budget, BigDecimal netCost, BigDecimal result, BigDecimal band,
                          BigDecimal balancedResult, boolean withinBand) {

        static WinterResponse of(WinterMaintenance winter) {
            return new WinterResponse(winter.budget(), winter.netCost(), winter.result(), kr(winter.band()),
                    kr(winter.balancedResult()), winter.withinBand());
        }
    }

    record InvestmentResponse(String name, BigDecimal decidedNetInvestment, BigDecimal forecastNetInvestment,
                              BigDecimal overrun, String assessment, String assessmentLabel) {
    }

    record YearResponse(int year, BigDecimal priceBaseAmount, String priceBaseAmountNotice,
                        List<BoardResponse> boards) {
    }

    record ResultResponse(String basis, String report, String reportLabel, BigDecimal netCost, BigDecimal result,
                          BigDecimal balancedResult) {
    }

    record EquityResponse(BigDecimal broughtForward, BigDecimal carriedForward, BigDecimal cap,
                          Boolean withinCap) {
    }

    record DeficitResponse(int arose, BigDecimal amount, BigDecimal remaining, int restoreBy, String state,
                           String stateLabel) {

        static DeficitResponse of(DeficitRestoration.Deficit deficit) {
            return new DeficitResponse(deficit.arose(), deficit.amount(), deficit.remaining(), deficit.restoreBy(),
                    deficit.state().name(), deficit.state().label());
        }
    }

    record FlagResponse(String rule, String ruleLabel, String explanation) {

        static FlagResponse of(Flag flag) {
            return new FlagResponse(flag.rule().name(), flag.rule().label(), flag.explanation());
        }
    }

    record ReportResponse(String report, String label, Instant firstSubmittedAt, Instant lastSubmittedAt,
                          String submittedBy) {
    }

    record BoardResponse(String boardOrganisationId, String boardShortName, String boardName, String latestReport,
                         String latestReportLabel, BigDecimal netFrame, BigDecimal budgetTurnover,
                         BigDecimal netCostOutcome, ResultResponse result, EquityResponse equity,
                         WinterResponse winterMaintenance, List<InvestmentResponse> investments,
                         List<DeficitResponse> deficits, boolean deficitFollowUpRequired, List<FlagResponse> flags,
                         List<String> notices) {

        static BoardResponse of(BoardEconomyReports.BoardYear board) {
            BoardEconomy economy = board.economy();
            Optional<EconomyFigures> latest = economy.latest().map(SubmittedReport::figures);
            Optional<EconomyFigures> base = economy.resultFrom().map(SubmittedReport::figures);
            Optional<EconomyFigures> figures = base.or(() -> latest);
            ResultResponse result = base.map(f -> new ResultResponse(f.report().isYearEnd() ? "OUTCOME" : "FORECAST",
                    f.report().name(), f.report().label(), f.yearNetCost().orElse(null), f.yearResult().orElse(null),
                    f.balancedResult().map(EconomyController::kr).orElse(null))).orElse(null);
            EquityResponse equity = figures.map(f -> {
                BigDecimal cap = kr(EquityCap.capOf(f.budgetTurnover()));
                Optional<BigDecimal> carried = f.equityCarriedForward().map(EconomyController::kr);
                return new EquityResponse(f.equityBroughtForward(), carried.orElse(null), cap,
                        carried.map(value -> value.compareTo(EquityCap.capOf(f.budgetTurnover())) <= 0).orElse(null));
            }).orElse(null);
            return new BoardResponse(board.boardOrganisationId(), board.shortName(), board.name(),
                    latest.map(f -> f.report().name()).orElse(null), latest.map(f -> f.report().label()).orElse(null),
                    latest.map(EconomyFigures::netFrame).orElse(null),
                    latest.map(EconomyFigures::budgetTurnover).orElse(null),
                    latest.map(EconomyFigures::netCostOutcome).orElse(null), result, equity,
                    base.map(EconomyFigures::winterMaintenance).map(WinterResponse::of).orElse(null),
                    economy.investments().stream().map(assessed -> new InvestmentResponse(assessed.investment().name(),
                            assessed.investment().decidedNetInvestment(), assessed.investment().forecastNetInvestment(),
                            assessed.investment().overrun(), assessed.assessment().name(),
                            assessed.assessment().label())).toList(),
                    economy.deficits().deficits().stream().map(DeficitResponse::of).toList(),
                    economy.deficits().followUpRequired(), economy.flags().stream().map(FlagResponse::of).toList(),
                    economy.notices());
        }
    }

    private static BigDecimal kr(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
