package se.samverkan.producer.resultunit.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The production board's monthly report to the municipal executive board (KS) on every result
 * unit: the month's outcome, the year to date against the budget and the result requirement,
 * major deviations with their action plans, and the notes on output, quality and staff.
 */
public record MonthlyReport(YearMonth period, List<Row> units, Totals totals) {

    /**
     * One unit's line. Figures of a month not yet closed are shown but not counted in the year to
     * date; {@code toDate} is null when the unit has no budget for the year, {@code meetsRequirement}
     * when there is no requirement or no revenues to date to measure a margin on.
     */
    public record Row(ResultUnit unit, MonthOutcome month, YearToDate toDate, MarginRequirement requirement,
                      Boolean meetsRequirement, boolean majorDeviation, Equity equity) {
    }

    /**
     * Sums over the units of the closed figures to date, and the production's average
     * requirement: the units' requirements weighted by their budgeted revenues for the year
     * (null without budgets), beside the ladder's (seed 003 sets the ladder as the average).
     */
    public record Totals(int units, int monthClosed, int majorDeviations, BigDecimal revenuesToDate,
                         BigDecimal costsToDate, BigDecimal budgetResultToDate, BigDecimal averageRequirementPercent,
                         BigDecimal ladderRequirementPercent) {

        public BigDecimal resultToDate() {
            return revenuesToDate.subtract(costsToDate);
        }

        public BigDecimal marginPercentToDate() {
            return Amounts.marginPercent(resultToDate(), revenuesToDate);
        }
    }

    public static MonthlyReport of(YearMonth period, List<ResultUnit> units, MajorDeviationRule rule) {
        List<Row> rows = new ArrayList<>();
        int closed = 0;
        int major = 0;
        BigDecimal revenues = BigDecimal.ZERO.setScale(2);
        BigDecimal costs = BigDecimal.ZERO.setScale(2);
        BigDecimal budgetResult = BigDecimal.ZERO.setScale(2);
        BigDecimal weightedRequirements = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (ResultUnit unit : units) {
            MonthOutcome month = unit.months().get(period);
            YearToDate toDate = unit.yearToDate(period).orElse(null);
            MarginRequirement requirement = unit.requirementFor(period.getYear()).orElse(null);
            boolean isMajor = toDate != null && rule.isMajor(toDate);
            Boolean meets = toDate == null || requirement == null || toDate.marginPercent() == null ? null
                    : requirement.isMetBy(toDate.marginPercent());
            rows.add(new Row(unit, month, toDate, requirement, meets, isMajor, unit.equity(period.getYear())));
            if (month != null && month.closed()) {
                closed++;
            }
            if (isMajor) {
                major++;
            }
            YearBudget budget = unit.budgets().get(period.getYear());
            if (budget != null && requirement != null) {
                weightedRequirements = weightedRequirements.add(requirement.percent().multiply(budget.revenues()));
                weights = weights.add(budget.revenues());
            }
            if (toDate != null) {
                revenues = revenues.add(toDate.revenues());
                costs = costs.add(toDate.costs());
                budgetResult = budgetResult.add(toDate.budgetResult());
            }
        }
        BigDecimal average = weights.signum() == 0 ? null
                : weightedRequirements.divide(weights, 2, java.math.RoundingMode.HALF_UP);
        BigDecimal ladder = MarginRequirement.ladder(period.getYear()).map(MarginRequirement::percent).orElse(null);
        return new MonthlyReport(period, rows, new Totals(units.size(), closed, major, revenues, costs, budgetResult,
                average, ladder));
    }
}
