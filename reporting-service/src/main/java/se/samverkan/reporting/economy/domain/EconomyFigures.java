package se.samverkan.reporting.economy.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;
import se.samverkan.reporting.calendar.domain.BoardReport;

/**
 * A board's economy figures in one report on a financial year, in kronor. The net frame
 * (nettoram) is the budget as costs minus revenues; net costs are counted the same way, so the
 * result is the frame minus the net cost, positive for a surplus.
 *
 * @param netFrame             the year's net frame (nettoram), above zero
 * @param budgetTurnover       the year's budget turnover (budgetomslutning, gross costs), above zero
 * @param netCostOutcome       the net cost so far: through the report's month, or the whole year in
 *                             the year-end reports
 * @param netCostForecast      the forecast of the whole year's net cost; required per April and
 *                             August, allowed in the other monthly reports, not in the year-end ones
 * @param equityBroughtForward the equity (eget kapital) at the start of the year, if given
 * @param winterMaintenance    winter maintenance's budget and the year's net cost (outcome or forecast), if the board has it
 * @param investments          investment projects followed up: at full-year forecasts and the year-end reports
 * @param actionPlanFollowUp   how the action plan for a deficit is followed up, where there is one
 */
public record EconomyFigures(BoardReport report, BigDecimal netFrame, BigDecimal budgetTurnover,
                             BigDecimal netCostOutcome, BigDecimal netCostForecast, BigDecimal equityBroughtForward,
                             WinterMaintenance winterMaintenance, List<InvestmentOverrun> investments,
                             String actionPlanFollowUp) {

    public static final int TEXT_MAX = 4000;
    public static final int NAME_MAX = 200;
    public static final int INVESTMENTS_MAX = 200;

    public EconomyFigures {
        investments = investments == null ? List.of() : List.copyOf(investments);
    }

    /** The figures as the client sent them, unchecked. */
    public record Terms(BigDecimal netFrame, BigDecimal budgetTurnover, BigDecimal netCostOutcome,
                        BigDecimal netCostForecast, BigDecimal equityBroughtForward, WinterTerms winterMaintenance,
                        List<InvestmentTerms> investments, String actionPlanFollowUp) {
    }

    public record WinterTerms(BigDecimal budget, BigDecimal netCost) {
    }

    public record InvestmentTerms(String name, BigDecimal decidedNetInvestment, BigDecimal forecastNetInvestment) {
    }

    public sealed interface Checked {

        record Valid(EconomyFigures figures) implements Checked {
        }

        record Rejected(List<Violation> violations) implements Checked {
        }
    }

    /** Checks the figures for the report; every broken rule is reported at once. */
    public static Checked check(String reportCode, Terms terms) {
        Violations violations = new Violations();
        BoardReport report = violations.oneOf(BoardReport.class, "report", reportCode, true);
        if (terms == null) {
            violations.add("body", "required", "Ange rapportens ekonomiska uppgifter.");
            return new Checked.Rejected(violations.list());
        }
        BigDecimal netFrame = Kronor.check(violations, "netFrame", terms.netFrame(), true, Kronor.Sign.POSITIVE);
        BigDecimal turnover = Kronor.check(violations, "budgetTurnover", terms.budgetTurnover(), true,
                Kronor.Sign.POSITIVE);
        BigDecimal outcome = Kronor.check(violations, "netCostOutcome", terms.netCostOutcome(), true,
                Kronor.Sign.ANY);
        BigDecimal forecast = null;
        if (report != null && report.isYearEnd() && terms.netCostForecast() != null) {
            violations.add("netCostForecast", "not-applicable", "Bokslut och verksamhetsberättelse redovisar årets "
                    + "utfall i 'netCostOutcome', inte en prognos.");
        } else if (report != null && report.requiresFullYearForecast() && terms.netCostForecast() == null) {
            violations.add("netCostForecast", "required", report.label() + " ska ha en prognos för helårets "
                    + "nettokostnad i 'netCostForecast'.");
        } else {
            forecast = Kronor.check(violations, "netCostForecast", terms.netCostForecast(), false, Kronor.Sign.ANY);
        }
        BigDecimal equity = Kronor.check(violations, "equityBroughtForward", terms.equityBroughtForward(), false,
                Kronor.Sign.ANY);
        WinterMaintenance winter = null;
        if (terms.winterMaintenance() != null) {
            BigDecimal budget = Kronor.check(violations, "winterMaintenance.budget",
                    terms.winterMaintenance().budget(), true, Kronor.Sign.POSITIVE);
            BigDecimal cost = Kronor.check(violations, "winterMaintenance.netCost",
                    terms.winterMaintenance().netCost(), true, Kronor.Sign.ANY);
            if (budget != null && cost != null) {
                winter = new WinterMaintenance(budget, cost);
            }
        }
        List<InvestmentOverrun> investments = investments(violations, report, terms.investments());
        String followUp = blankToNull(terms.actionPlanFollowUp());
        if (followUp != null) {
            violations.maxLength("actionPlanFollowUp", followUp, TEXT_MAX);
        }
        if (!violations.isEmpty()) {
            return new Checked.Rejected(violations.list());
        }
        return new Checked.Valid(new EconomyFigures(report, netFrame, turnover, outcome, forecast, equity, winter,
                investments, followUp));
    }

    private static List<InvestmentOverrun> investments(Violations violations, BoardReport report,
                                                       List<InvestmentTerms> terms) {
        List<InvestmentOverrun> investments = new ArrayList<>();
        if (terms == null || terms.isEmpty()) {
            return investments;
        }
        if (report != null && !report.isYearEnd() && !report.requiresFullYearForecast()) {
            violations.add("investments", "not-applicable", "Investeringar följs upp på projektnivå vid "
                    + "helårsprognoserna (april, augusti) och i bokslutet, inte i " + report.label().toLowerCase(
                    Locale.forLanguageTag("sv-SE")) + ".");
            return investments;
        }
        if (terms.size() > INVESTMENTS_MAX) {
            violations.add("investments", "max-size", "Högst " + INVESTMENTS_MAX + " investeringsprojekt per rapport.");
            return investments;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            String field = "investments[" + i + "]";
            InvestmentTerms investment = terms.get(i);
            if (investment == null) {
                violations.add(field, "required", "Investeringsprojekt nummer " + (i + 1) + " saknas.");
                continue;
            }
            String name = null;
            if (violations.require(field + ".name", investment.name())
                    && violations.maxLength(field + ".name", investment.name(), NAME_MAX)) {
                name = investment.name().strip();
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    violations.add(field + ".name", "unique", "Projektet '" + name + "' finns redan i listan.");
                }
            }
            BigDecimal decided = Kronor.check(violations, field + ".decidedNetInvestment",
                    investment.decidedNetInvestment(), true, Kronor.Sign.POSITIVE);
            BigDecimal forecast = Kronor.check(violations, field + ".forecastNetInvestment",
                    investment.forecastNetInvestment(), true, Kronor.Sign.NOT_NEGATIVE);
            if (name != null && decided != null && forecast != null) {
                investments.add(new InvestmentOverrun(name, decided, forecast));
            }
        }
        return investments;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The whole year's net cost this report tells: the outcome after the year, else the forecast if given. */
    public Optional<BigDecimal> yearNetCost() {
        return report.isYearEnd() ? Optional.of(netCostOutcome) : Optional.ofNullable(netCostForecast);
    }

    /** The year's result (frame minus net cost), as outcome or forecast; none in a report without a forecast. */
    public Optional<BigDecimal> yearResult() {
        return yearNetCost().map(netFrame::subtract);
    }

    /**
     * The result that is carried forward (årets balansresultat): the year's result with winter
     * maintenance's part held within ±15 % of its budget.
     */
    public Optional<BigDecimal> balancedResult() {
        return yearResult().map(result -> winterMaintenance == null ? result
                : result.subtract(winterMaintenance.result()).add(winterMaintenance.balancedResult()));
    }

    /** The equity at the year's end: brought forward plus the balanced result, where both are known. */
    public Optional<BigDecimal> equityCarriedForward() {
        return equityBroughtForward == null ? Optional.empty() : balancedResult().map(equityBroughtForward::add);
    }

    public Optional<String> followUp() {
        return Optional.ofNullable(actionPlanFollowUp);
    }
}
