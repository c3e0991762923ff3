package se.samverkan.reporting.economy.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Winter maintenance (vinterväghållning), which KF gives its own appropriation (004 rule 3): its
 * result (budget minus net cost) is balanced only up to ±15 % of its budget (rule 6); a result
 * inside the band is balanced as it is, one outside is flagged and only the band's edge is
 * balanced. The balanced part is then added to the board's other result.
 *
 * @param budget  the year's budget for winter maintenance, above zero
 * @param netCost the year's net cost: the outcome in the year-end reports, the forecast in a forecast
 */
public record WinterMaintenance(BigDecimal budget, BigDecimal netCost) {

    public static final int BALANCE_PERCENT = 15;

    public BigDecimal result() {
        return budget.subtract(netCost);
    }

    /** The most that is balanced either way: 15 % of the budget. */
    public BigDecimal band() {
        return Kronor.percentOf(budget, BALANCE_PERCENT);
    }

    public boolean withinBand() {
        return result().abs().compareTo(band()) <= 0;
    }

    /** The result inside the band as it is; outside it, the band's edge on the result's side. */
    public BigDecimal balancedResult() {
        return withinBand() ? result() : result().signum() < 0 ? band().negate() : band();
    }

    public Optional<Flag> check() {
        if (withinBand()) {
            return Optional.empty();
        }
        BigDecimal result = result();
        return Optional.of(new Flag(Flag.Rule.WINTER_MAINTENANCE_OUTSIDE_FIFTEEN_PERCENT, "Vinterväghållningens "
                + "resultat " + Kronor.format(result) + " ligger utanför ±15 % av dess budget "
                + Kronor.format(budget) + " (±" + Kronor.format(band()) + "). Endast " + Kronor.format(balancedResult())
                + " balanseras till nästa år; " + Kronor.format(result.subtract(balancedResult()))
                + " balanseras inte."));
    }
}
