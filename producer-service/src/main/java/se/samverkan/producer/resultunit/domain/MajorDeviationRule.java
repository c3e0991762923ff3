package se.samverkan.producer.resultunit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * When a deviation is major (större avvikelse), so seed 003 requires an action plan: the result
 * to date is below the budget to date by more than {@code thresholdPercent} of the budgeted
 * revenues to date. Relating it to revenues, not to the budgeted result, keeps the rule
 * meaningful when a unit budgets a result near zero. A result above budget is never a major
 * deviation here.
 */
public record MajorDeviationRule(BigDecimal thresholdPercent) {

    public MajorDeviationRule {
        Objects.requireNonNull(thresholdPercent);
        if (thresholdPercent.signum() < 0 || thresholdPercent.compareTo(Amounts.HUNDRED) > 0) {
            throw new IllegalArgumentException("The major-deviation threshold is a percentage 0-100, not "
                    + thresholdPercent);
        }
    }

    /** How far below budget the result may fall to date before the deviation is major, in kronor. */
    public BigDecimal tolerance(YearToDate toDate) {
        return toDate.budgetRevenues().abs().multiply(thresholdPercent).divide(Amounts.HUNDRED, 2, RoundingMode.HALF_UP);
    }

    public boolean isMajor(YearToDate toDate) {
        BigDecimal shortfall = toDate.deviation().negate();
        return shortfall.signum() > 0 && shortfall.compareTo(tolerance(toDate)) > 0;
    }
}
