package se.samverkan.reporting.inhouseeconomy.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-house production's results of a year for the council: each result unit's result,
 * operating margin against its requirement and equity, then the sums per service area (where
 * seed 003 sums the equity) and for the whole production.
 */
public record InHouseResults(int year, List<UnitYear> units, List<Total> serviceAreas, Total production) {

    /** Sums over a group of units. */
    public record Total(String serviceArea, int units, int unitsMeetingRequirement, BigDecimal revenues,
                        BigDecimal costs, BigDecimal equityBroughtForward) {

        public BigDecimal result() {
            return revenues.subtract(costs);
        }

        public BigDecimal marginPercent() {
            return UnitYear.margin(result(), revenues);
        }

        public BigDecimal equityCarriedForward() {
            return equityBroughtForward.add(result());
        }

        Total plus(UnitYear unit) {
            return new Total(serviceArea, units + 1, unitsMeetingRequirement
                    + (Boolean.TRUE.equals(unit.meetsRequirement()) ? 1 : 0), revenues.add(unit.revenues()),
                    costs.add(unit.costs()), equityBroughtForward.add(unit.equityBroughtForward()));
        }

        static Total empty(String serviceArea) {
            return new Total(serviceArea, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
    }

    /** The units in the order given (by service area, then name), summed per service area and in all. */
    public static InHouseResults of(int year, List<UnitYear> units) {
        Map<String, Total> perArea = new LinkedHashMap<>();
        Total all = Total.empty(null);
        for (UnitYear unit : units) {
            perArea.put(unit.serviceArea(), perArea.getOrDefault(unit.serviceArea(), Total.empty(unit.serviceArea()))
                    .plus(unit));
            all = all.plus(unit);
        }
        return new InHouseResults(year, List.copyOf(units), new ArrayList<>(perArea.values()), all);
    }
}
