package se.samverkan.reporting.economy.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import se.samverkan.reporting.calendar.domain.BoardReport;
import se.samverkan.reporting.calendar.domain.DueDates;

/**
 * One board's economy in one financial year, judged by the economic steering rules of 004 on
 * its latest word on the year: the net frame, the year's result (the outcome once the year is
 * closed, else the latest full-year forecast), the balanced result, the equity against its 3 %
 * cap, winter maintenance within ±15 %, investments against 20 % and 120 price base amounts, and
 * the deficits of this and earlier years with their restoration and follow-up.
 */
public record BoardEconomy(String boardOrganisationId, int year, Optional<SubmittedReport> latest,
                           Optional<SubmittedReport> resultFrom, List<AssessedInvestment> investments,
                           DeficitRestoration deficits, List<Flag> flags, List<String> notices) {

    public record AssessedInvestment(InvestmentOverrun investment, InvestmentOverrun.Assessment assessment) {
    }

    /**
     * @param reports         the board's reports on the year, by report
     * @param earlierResults  the balanced results of the board's earlier years' accounts
     * @param priceBaseAmount the year's price base amount, if configured
     * @param today           the day the judgement is made, for follow-ups whose due day has passed
     */
    public static BoardEconomy judge(String boardOrganisationId, int year, Map<BoardReport, SubmittedReport> reports,
                                     Map<Integer, BigDecimal> earlierResults, Optional<BigDecimal> priceBaseAmount,
                                     DueDates dueDates, LocalDate today) {
        Comparator<SubmittedReport> byReport = Comparator.comparing(report -> report.figures().report());
        Optional<SubmittedReport> latest = reports.values().stream().max(byReport);
        Optional<SubmittedReport> resultFrom = reports.values().stream()
                .filter(report -> report.figures().yearResult().isPresent()).max(byReport);
        List<Flag> flags = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        List<AssessedInvestment> investments = new ArrayList<>();
        resultFrom.map(SubmittedReport::figures).ifPresent(figures -> {
            figures.equityCarriedForward().flatMap(equity -> EquityCap.check(equity, figures.budgetTurnover()))
                    .ifPresent(flags::add);
            if (figures.winterMaintenance() != null) {
                figures.winterMaintenance().check().ifPresent(flags::add);
            }
            for (InvestmentOverrun investment : figures.investments()) {
                investments.add(new AssessedInvestment(investment, investment.assess(priceBaseAmount)));
                investment.check(priceBaseAmount).ifPresent(flags::add);
            }
        });
        if (priceBaseAmount.isEmpty() && investments.stream()
                .anyMatch(i -> i.assessment() == InvestmentOverrun.Assessment.PRICE_BASE_AMOUNT_UNKNOWN)) {
            notices.add("Prisbasbeloppet för " + year + " finns inte i konfigurationen "
                    + "(samverkan.reporting.economy.price-base-amounts), så investeringar som överskrider 20 % kan "
                    + "inte prövas mot gränsen 120 prisbasbelopp.");
        }
        Map<Integer, BigDecimal> results = new TreeMap<>(earlierResults);
        yearEndResult(reports).ifPresentOrElse(result -> results.put(year, result), () -> results.remove(year));
        DeficitRestoration deficits = DeficitRestoration.asOf(year, results);
        flags.addAll(deficits.flags());
        if (deficits.followUpRequired()) {
            String which = deficits.openAtStartOfYear().stream().map(d -> String.valueOf(d.arose()))
                    .collect(Collectors.joining(" och "));
            for (BoardReport report : BoardReport.values()) {
                if (!report.followsUpActionPlans()) {
                    continue;
                }
                SubmittedReport submitted = reports.get(report);
                LocalDate due = dueDates.of(report, year);
                if (submitted != null && submitted.figures().followUp().isEmpty()) {
                    flags.add(new Flag(Flag.Rule.DEFICIT_FOLLOW_UP_MISSING, report.label() + " " + year
                            + " lämnades utan uppföljning av åtgärdsplanen för underskottet från " + which
                            + " ('actionPlanFollowUp')."));
                } else if (submitted == null && today.isAfter(due)) {
                    flags.add(new Flag(Flag.Rule.DEFICIT_FOLLOW_UP_MISSING, report.label() + " " + year
                            + " saknas (sista dag " + due + "), och med den uppföljningen av åtgärdsplanen för "
                            + "underskottet från " + which + "."));
                }
            }
        }
        return new BoardEconomy(boardOrganisationId, year, latest, resultFrom, investments, deficits, flags, notices);
    }

    /** The year's balanced result as its accounts tell it: the annual report's, else the preliminary accounts'. */
    public static Optional<BigDecimal> yearEndResult(Map<BoardReport, SubmittedReport> reports) {
        return Optional.ofNullable(reports.get(BoardReport.ANNUAL_REPORT))
                .or(() -> Optional.ofNullable(reports.get(BoardReport.PRELIMINARY_ACCOUNTS)))
                .flatMap(report -> report.figures().balancedResult());
    }
}
