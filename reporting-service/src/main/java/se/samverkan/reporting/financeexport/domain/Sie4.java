package se.samverkan.reporting.financeexport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import se.samverkan.reporting.inhouseeconomy.domain.InHouseResults;
import se.samverkan.reporting.inhouseeconomy.domain.UnitYear;

/**
 * The in-house production's results of a year as an SIE 4 file (the Swedish accounting
 * exchange format), for finance's reporting tool: code page 437 ({@code #FORMAT PC8}), the result
 * units as objects of dimension 1, the year's results per account ({@code #RES}) and the period
 * balances per unit and month ({@code #PSALDO}). Revenues go to account 3000 and costs to 4000;
 * in SIE a revenue is a credit, so it is written negative.
 */
public final class Sie4 {

    public static final Charset CP437 = Charset.forName("IBM437");
    public static final String REVENUE_ACCOUNT = "3000";
    public static final String COST_ACCOUNT = "4000";
    public static final int RESULT_UNIT_DIMENSION = 1;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Sie4() {
    }

    /** The file's text; encode it with {@link #CP437}. */
    public static String of(InHouseResults results, String organisationName, LocalDate generatedOn) {
        StringBuilder sie = new StringBuilder();
        line(sie, "#FLAGGA 0");
        line(sie, "#FORMAT PC8");
        line(sie, "#SIETYP 4");
        line(sie, "#PROGRAM " + quoted("Samverkan") + " " + quoted("1"));
        line(sie, "#GEN " + generatedOn.format(DAY));
        line(sie, "#FNAMN " + quoted(organisationName));
        line(sie, "#RAR 0 " + results.year() + "0101 " + results.year() + "1231");
        line(sie, "#KONTO " + REVENUE_ACCOUNT + " " + quoted("Intäkter resultatenheter"));
        line(sie, "#KONTO " + COST_ACCOUNT + " " + quoted("Kostnader resultatenheter"));
        line(sie, "#KTYP " + REVENUE_ACCOUNT + " I");
        line(sie, "#KTYP " + COST_ACCOUNT + " K");
        line(sie, "#DIM " + RESULT_UNIT_DIMENSION + " " + quoted("Resultatenhet"));
        for (UnitYear unit : results.units()) {
            line(sie, "#OBJEKT " + RESULT_UNIT_DIMENSION + " " + quoted(unit.resultUnitId()) + " " + quoted(unit.name()));
        }
        line(sie, "#RES 0 " + REVENUE_ACCOUNT + " " + amount(results.production().revenues().negate()));
        line(sie, "#RES 0 " + COST_ACCOUNT + " " + amount(results.production().costs()));
        for (UnitYear unit : results.units()) {
            String object = "{" + RESULT_UNIT_DIMENSION + " " + quoted(unit.resultUnitId()) + "}";
            for (Map.Entry<Integer, UnitYear.ClosedMonth> month : unit.months().entrySet()) {
                String period = results.year() + String.format("%02d", month.getKey());
                line(sie, "#PSALDO 0 " + period + " " + REVENUE_ACCOUNT + " " + object + " "
                        + amount(month.getValue().revenues().negate()));
                line(sie, "#PSALDO 0 " + period + " " + COST_ACCOUNT + " " + object + " "
                        + amount(month.getValue().costs()));
            }
        }
        return sie.toString();
    }

    /** Two decimals with a point, as SIE writes amounts. */
    static String amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A quoted field: quotes and backslashes inside are escaped with a backslash. */
    static String quoted(String text) {
        return "\"" + (text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
    }

    private static void line(StringBuilder sie, String text) {
        sie.append(text).append("\r\n");
    }
}
