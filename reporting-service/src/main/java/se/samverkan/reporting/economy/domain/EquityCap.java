package se.samverkan.reporting.economy.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * 004 rule 6: a board may carry its whole result forward, but its equity (eget kapital) may
 * amount to at most 3 % of its budget turnover (budgetomslutning). Equity above that is flagged
 * with how much cannot be carried forward.
 */
public final class EquityCap {

    public static final int PERCENT = 3;

    private EquityCap() {
    }

    /** The most equity the board may have: 3 % of its budget turnover. */
    public static BigDecimal capOf(BigDecimal budgetTurnover) {
        return Kronor.percentOf(budgetTurnover, PERCENT);
    }

    /** A flag when the equity exceeds the cap; none at or below it. */
    public static Optional<Flag> check(BigDecimal equity, BigDecimal budgetTurnover) {
        BigDecimal cap = capOf(budgetTurnover);
        if (equity.compareTo(cap) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Flag(Flag.Rule.EQUITY_ABOVE_THREE_PERCENT, "Eget kapital " + Kronor.format(equity)
                + " överstiger taket på 3 % av budgetomslutningen " + Kronor.format(budgetTurnover) + " ("
                + Kronor.format(cap) + ") med " + Kronor.format(equity.subtract(cap)) + ". Den delen kan inte "
                + "föras över till nästa år; nämnden begär resultatöverföring i verksamhetsberättelsen och KS prövar."));
    }
}
