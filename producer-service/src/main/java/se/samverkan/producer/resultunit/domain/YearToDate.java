package se.samverkan.producer.resultunit.domain;

import java.math.BigDecimal;

/**
 * A unit's figures from January up to and including a month (closed months only), beside the
 * budget for the same part of the year. The yearly budget is spread evenly over the twelve
 * months: to the end of month m the budget to date is m/12 of it.
 */
public record YearToDate(int year, int throughMonth, BigDecimal revenues, BigDecimal costs,
                         BigDecimal budgetRevenues, BigDecimal budgetCosts) {

    public BigDecimal result() {
        return revenues.subtract(costs);
    }

    public BigDecimal budgetResult() {
        return budgetRevenues.subtract(budgetCosts);
    }

    /** The result's deviation from the budget to date: negative when below budget. */
    public BigDecimal deviation() {
        return result().subtract(budgetResult());
    }

    /** Operating margin to date in percent, null without revenues. */
    public BigDecimal marginPercent() {
        return Amounts.marginPercent(result(), revenues);
    }
}
