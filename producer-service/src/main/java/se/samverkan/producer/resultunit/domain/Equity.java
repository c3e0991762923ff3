package se.samverkan.producer.resultunit.domain;

import java.math.BigDecimal;

/**
 * A unit's equity (eget kapital) for a year: what was brought forward from earlier years, the
 * year's result so far (closed months), and what is carried forward to the next year. A surplus
 * adds to equity; a deficit draws from it.
 */
public record Equity(int year, BigDecimal broughtForward, BigDecimal result) {

    public BigDecimal carriedForward() {
        return broughtForward.add(result);
    }
}
