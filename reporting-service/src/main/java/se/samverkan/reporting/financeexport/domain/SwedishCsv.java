package se.samverkan.reporting.financeexport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import se.samverkan.reporting.inhouseeconomy.domain.InHouseResults;
import se.samverkan.reporting.inhouseeconomy.domain.UnitYear;

/**
 * The in-house results per unit and month as CSV that Swedish Excel opens as it is: semicolons,
 * decimal commas, CRLF, UTF-8 with a byte-order mark; a text that Excel would read as a formula
 * gets a leading apostrophe. The columns are documented in docs/api.md.
 */
public final class SwedishCsv {

    public static final String BOM = "\uFEFF";
    public static final String HEADER = "År;Månad;Resultatenhet-id;Resultatenhet;Verksamhetsområde;Intäkter;Kostnader;"
            + "Resultat";

    private SwedishCsv() {
    }

    public static String of(InHouseResults results) {
        StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
        for (UnitYear unit : results.units()) {
            for (Map.Entry<Integer, UnitYear.ClosedMonth> month : unit.months().entrySet()) {
                UnitYear.ClosedMonth figures = month.getValue();
                csv.append(results.year()).append(';').append(month.getKey()).append(';')
                        .append(text(unit.resultUnitId())).append(';').append(text(unit.name())).append(';')
                        .append(text(unit.serviceArea())).append(';').append(number(figures.revenues())).append(';')
                        .append(number(figures.costs())).append(';').append(number(figures.result())).append("\r\n");
            }
        }
        return csv.toString();
    }

    static String number(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    static String text(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            safe = "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
