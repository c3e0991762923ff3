package se.samverkan.reporting.inhouseeconomy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One result unit's year as the council sees it, built from {@code result-unit.month-closed.v1}:
 * the closed months' figures, the year's result requirement and the equity brought into the
 * year. A closed month never changes, so the months are simply collected; of the year-level
 * figures the newest closing (highest unit version) speaks.
 */
public record UnitYear(String resultUnitId, String name, String serviceArea, String providerOrganisationId, int year,
                       SortedMap<Integer, ClosedMonth> months) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public UnitYear {
        Objects.requireNonNull(resultUnitId);
        months = Collections.unmodifiableSortedMap(new TreeMap<>(months == null ? Map.of() : months));
    }

    /**
     * A closed month as its event told it.
     *
     * @param marginRequirement    the year's requirement in percent at the closing, null when none applied
     * @param equityBroughtForward the equity brought into the year, as known at the closing
     */
    public record ClosedMonth(BigDecimal revenues, BigDecimal costs, BigDecimal marginRequirement,
                              String requirementSource, BigDecimal equityBroughtForward, long unitVersion) {

        public BigDecimal result() {
            return revenues.subtract(costs);
        }
    }

    public BigDecimal revenues() {
        return months.values().stream().map(ClosedMonth::revenues).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal costs() {
        return months.values().stream().map(ClosedMonth::costs).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal result() {
        return revenues().subtract(costs());
    }

    /** Operating margin of the closed months: result / revenues in percent; null without revenues. */
    public BigDecimal marginPercent() {
        return margin(result(), revenues());
    }

    static BigDecimal margin(BigDecimal result, BigDecimal revenues) {
        return revenues.signum() == 0 ? null : result.multiply(HUNDRED).divide(revenues, 2, RoundingMode.HALF_UP);
    }

    private ClosedMonth newest() {
        return months.values().stream().reduce((a, b) -> b.unitVersion() > a.unitVersion() ? b : a).orElse(null);
    }

    public BigDecimal marginRequirement() {
        ClosedMonth newest = newest();
        return newest == null ? null : newest.marginRequirement();
    }

    public String requirementSource() {
        ClosedMonth newest = newest();
        return newest == null ? null : newest.requirementSource();
    }

    /** Whether the closed months' margin meets the requirement; null when there is no requirement or no margin. */
    public Boolean meetsRequirement() {
        BigDecimal requirement = marginRequirement();
        BigDecimal margin = marginPercent();
        return requirement == null || margin == null ? null : margin.compareTo(requirement) >= 0;
    }

    public BigDecimal equityBroughtForward() {
        ClosedMonth newest = newest();
        return newest == null ? BigDecimal.ZERO : newest.equityBroughtForward();
    }

    /** Equity brought forward plus the closed months' result: what the unit carries into next year so far. */
    public BigDecimal equityCarriedForward() {
        return equityBroughtForward().add(result());
    }

    public int lastClosedMonth() {
        return months.isEmpty() ? 0 : months.lastKey();
    }
}
