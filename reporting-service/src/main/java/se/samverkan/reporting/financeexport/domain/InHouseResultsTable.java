package se.samverkan.reporting.financeexport.domain;

import java.util.ArrayList;
import java.util.List;

import se.samverkan.reporting.inhouseeconomy.domain.InHouseResults;
import se.samverkan.reporting.inhouseeconomy.domain.UnitYear;

/**
 * The in-house production's results as export tables: one row per result unit and closed month
 * (the layout the CSV has had since its first version), and one row per result unit for the
 * year with its operating margin against the requirement and its equity.
 */
public final class InHouseResultsTable {

    /** One closed month of one result unit. */
    public record UnitMonth(int year, int month, UnitYear unit, UnitYear.ClosedMonth figures) {
    }

    public static final TableLayout<UnitMonth> MONTHS = TableLayout.<UnitMonth>of("in-house-results",
                    "Resultatenheter per månad")
            .integer("year", "År", UnitMonth::year)
            .integer("month", "Månad", UnitMonth::month)
            .text("resultUnitId", "Resultatenhet-id", row -> row.unit().resultUnitId())
            .text("resultUnitName", "Resultatenhet", row -> row.unit().name())
            .text("serviceArea", "Verksamhetsområde", row -> row.unit().serviceArea())
            .amount("revenues", "Intäkter", row -> row.figures().revenues())
            .amount("costs", "Kostnader", row -> row.figures().costs())
            .amount("result", "Resultat", row -> row.figures().result());

    public static final TableLayout<UnitYear> UNITS = TableLayout.<UnitYear>of("in-house-units",
                    "Resultatenheter helår")
            .integer("year", "År", UnitYear::year)
            .text("resultUnitId", "Resultatenhet-id", UnitYear::resultUnitId)
            .text("resultUnitName", "Resultatenhet", UnitYear::name)
            .text("serviceArea", "Verksamhetsområde", UnitYear::serviceArea)
            .integer("closedMonths", "Stängda månader", unit -> unit.months().size())
            .integer("lastClosedMonth", "Senast stängda månad", UnitYear::lastClosedMonth)
            .amount("revenues", "Intäkter", UnitYear::revenues)
            .amount("costs", "Kostnader", UnitYear::costs)
            .amount("result", "Resultat", UnitYear::result)
            .percent("operatingMarginPercent", "Rörelsemarginal", UnitYear::marginPercent)
            .percent("marginRequirementPercent", "Resultatkrav", UnitYear::marginRequirement)
            .text("meetsRequirement", "Kravet uppfyllt", unit -> unit.meetsRequirement() == null ? null
                    : unit.meetsRequirement() ? "Ja" : "Nej")
            .amount("equityBroughtForward", "Ingående eget kapital", UnitYear::equityBroughtForward)
            .amount("equityCarriedForward", "Utgående eget kapital", UnitYear::equityCarriedForward);

    private InHouseResultsTable() {
    }

    public static ExportTable months(InHouseResults results) {
        List<UnitMonth> rows = new ArrayList<>();
        for (UnitYear unit : results.units()) {
            unit.months().forEach((month, figures) -> rows.add(new UnitMonth(results.year(), month, unit, figures)));
        }
        return MONTHS.table(rows);
    }

    public static ExportTable units(InHouseResults results) {
        return UNITS.table(results.units());
    }
}
