package se.samverkan.reporting.financeexport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import se.samverkan.reporting.inhouseeconomy.domain.InHouseResults;

/**
 * An export table as CSV that Swedish Excel opens as it is: semicolons, decimal commas, CRLF,
 * UTF-8 with a byte-order mark; amounts and percentages with two decimals, days as ISO 8601; a
 * text that Excel would read as a formula gets a leading apostrophe. The columns of each table
 * are documented in docs/exports.md.
 */
public final class SwedishCsv {

    public static final String BOM = "\uFEFF";
    public static final String HEADER = String.join(";", InHouseResultsTable.MONTHS.columns().stream()
            .map(Column::header).toList());

    private SwedishCsv() {
    }

    /** The in-house results per unit and month. */
    public static String of(InHouseResults results) {
        return of(InHouseResultsTable.months(results));
    }

    public static String of(ExportTable table) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, table.headers().stream().map(SwedishCsv::text).toList());
        for (List<Object> row : table.rows()) {
            csv.append(cell(table.columns().get(0), row.get(0)));
            for (int i = 1; i < row.size(); i++) {
                csv.append(';').append(cell(table.columns().get(i), row.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case TEXT -> text((String) value);
            case AMOUNT, PERCENT -> number((BigDecimal) value);
            case DECIMAL -> ((BigDecimal) value).toPlainString().replace('.', ',');
            case INTEGER -> value.toString();
            case DATE -> ((LocalDate) value).toString();
        };
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(";", cells)).append("\r\n");
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
