package se.samverkan.reporting.financeexport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An export table in the JSON export's shape, stable once published (docs/exports.md): the
 * table's key and title, the parameters it was made for, its columns (key, Swedish heading,
 * type, unit) and its rows as arrays in column order. Amounts and percentages are numbers with
 * two decimals (percent points: 5.25 means 5,25 %), days ISO 8601 strings, no value null.
 */
public record JsonTable(String table, String title, Map<String, Object> parameters, List<JsonColumn> columns,
                        List<List<Object>> rows) {

    public record JsonColumn(String name, String header, String type, String unit) {
    }

    public static JsonTable of(ExportTable table, Map<String, Object> parameters) {
        List<List<Object>> rows = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            List<Object> values = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                values.add(value(table.columns().get(i).type(), row.get(i)));
            }
            rows.add(values);
        }
        return new JsonTable(table.name(), table.title(), parameters, table.columns().stream()
                .map(column -> new JsonColumn(column.name(), column.header(), column.type().jsonName(), column.unit()))
                .toList(), rows);
    }

    private static Object value(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case AMOUNT, PERCENT -> ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP);
            case DATE -> ((LocalDate) value).toString();
            default -> value;
        };
    }
}
