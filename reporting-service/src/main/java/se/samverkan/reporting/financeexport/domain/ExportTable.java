package se.samverkan.reporting.financeexport.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table for finance: typed columns and rows of cell values, written once and rendered by
 * {@link SwedishCsv}, {@link XlsxWorkbook} and {@link JsonTable} alike. Each cell holds the
 * Java type its column's type names (String, BigDecimal, Long, LocalDate) or null.
 *
 * @param name  the table's key in the export's path ({@code goal-attainment})
 * @param title the Swedish title (the XLSX sheet's name, the JSON's title)
 */
public record ExportTable(String name, String title, List<Column> columns, List<List<Object>> rows) {

    public ExportTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        List<List<Object>> checked = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
            for (int i = 0; i < row.size(); i++) {
                if (!columns.get(i).type().accepts(row.get(i))) {
                    throw new IllegalArgumentException(name + "." + columns.get(i).name() + ": "
                            + row.get(i).getClass().getSimpleName() + " in a " + columns.get(i).type() + " column");
                }
            }
            checked.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(checked);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
