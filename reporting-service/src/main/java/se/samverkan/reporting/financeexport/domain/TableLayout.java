package se.samverkan.reporting.financeexport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A table's columns in order, each with how its value is read from one source row: a table is
 * laid out once, and every format renders what it yields.
 *
 * <pre>{@code
 * static final TableLayout<UnitYear> LAYOUT = TableLayout.<UnitYear>of("in-house-units", "Resultatenheter")
 *         .text("resultUnitId", "Resultatenhet-id", UnitYear::resultUnitId)
 *         .amount("result", "Resultat", UnitYear::result);
 * }</pre>
 *
 * @param <R> the source row
 */
public final class TableLayout<R> {

    private final String name;
    private final String title;
    private final List<Column> columns;
    private final List<Function<? super R, ?>> values;

    private TableLayout(String name, String title, List<Column> columns, List<Function<? super R, ?>> values) {
        this.name = name;
        this.title = title;
        this.columns = columns;
        this.values = values;
    }

    public static <R> TableLayout<R> of(String name, String title) {
        return new TableLayout<>(name, title, List.of(), List.of());
    }

    public TableLayout<R> text(String name, String header, Function<? super R, String> value) {
        return with(new Column(name, header, ColumnType.TEXT, null), value);
    }

    public TableLayout<R> amount(String name, String header, Function<? super R, BigDecimal> value) {
        return with(new Column(name, header, ColumnType.AMOUNT, "kr"), value);
    }

    public TableLayout<R> percent(String name, String header, Function<? super R, BigDecimal> value) {
        return with(new Column(name, header, ColumnType.PERCENT, "%"), value);
    }

    public TableLayout<R> integer(String name, String header, Function<? super R, ? extends Number> value) {
        return with(new Column(name, header, ColumnType.INTEGER, null),
                row -> {
                    Number number = value.apply(row);
                    return number == null ? null : number.longValue();
                });
    }

    public TableLayout<R> decimal(String name, String header, Function<? super R, BigDecimal> value) {
        return with(new Column(name, header, ColumnType.DECIMAL, null), value);
    }

    public TableLayout<R> date(String name, String header, Function<? super R, LocalDate> value) {
        return with(new Column(name, header, ColumnType.DATE, null), value);
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The table of these rows, in their order. */
    public ExportTable table(Iterable<? extends R> rows) {
        List<List<Object>> cells = new ArrayList<>();
        for (R row : rows) {
            List<Object> line = new ArrayList<>(values.size());
            for (Function<? super R, ?> value : values) {
                line.add(value.apply(row));
            }
            cells.add(line);
        }
        return new ExportTable(name, title, columns, cells);
    }

    /** A day written as ISO 8601 text on the wire, null when absent or not a day. */
    public static LocalDate parseDay(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(isoDate.strip());
        } catch (java.time.format.DateTimeParseException notADay) {
            return null;
        }
    }

    /** A decimal written as text on the wire, null when absent or not a number. */
    public static BigDecimal parseDecimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private TableLayout<R> with(Column column, Function<? super R, ?> value) {
        if (columns.stream().anyMatch(existing -> existing.name().equals(column.name()))) {
            throw new IllegalArgumentException(name + " has two columns named " + column.name());
        }
        List<Column> moreColumns = new ArrayList<>(columns);
        moreColumns.add(column);
        List<Function<? super R, ?>> moreValues = new ArrayList<>(values);
        moreValues.add(value);
        return new TableLayout<R>(name, title, List.copyOf(moreColumns), Collections.unmodifiableList(moreValues));
    }
}
