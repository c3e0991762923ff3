package se.samverkan.reporting.financeexport.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.samverkan.reporting.financeexport.domain.Column;
import se.samverkan.reporting.financeexport.domain.InHouseResultsTable;
import se.samverkan.reporting.financeexport.domain.TableLayout;

/**
 * docs/exports.md is the column layout a steering tool's import is set up from: each table's
 * columns there, in order, with their key, heading, type and unit, are the ones the code writes.
 */
class ExportLayoutsDocumentedTest {

    private static final Path EXPORTS_DOC = Path.of("..", "docs", "exports.md");
    private static final Pattern COLUMN_ROW = Pattern.compile(
            "^\\| (\\d+) \\| `([^`]+)` \\| ([^|]+?) \\| (\\w+) \\| ([^|]*?) \\|.*$");

    static final List<TableLayout<?>> LAYOUTS = List.of(InHouseResultsTable.MONTHS, InHouseResultsTable.UNITS,
            GoalAttainmentExport.LAYOUT, UnitStatisticsExport.LAYOUT, StrategicContractsExport.LAYOUT,
            BoardEconomyExport.LAYOUT);

    @Test
    void everyTablesColumnsAreDocumentedInTheirOrderWithHeadingTypeAndUnit() throws IOException {
        List<String> lines = Files.readAllLines(EXPORTS_DOC, StandardCharsets.UTF_8);
        for (TableLayout<?> layout : LAYOUTS) {
            assertThat(documented(lines, layout.name())).as("the columns of %s in docs/exports.md, as the code has "
                    + "them:%n%s", layout.name(), markdown(layout)).isEqualTo(expected(layout));
        }
    }

    private static List<String> documented(List<String> lines, String table) {
        List<String> columns = new ArrayList<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("### ")) {
                inSection = line.startsWith("### `" + table + "`");
                continue;
            }
            if (line.startsWith("## ")) {
                inSection = false;
            }
            Matcher column = COLUMN_ROW.matcher(line);
            if (inSection && column.matches()) {
                columns.add(column.group(2) + " | " + column.group(3).strip() + " | " + column.group(4) + " | "
                        + column.group(5).strip());
            }
        }
        return columns;
    }

    private static List<String> expected(TableLayout<?> layout) {
        return layout.columns().stream().map(column -> column.name() + " | " + column.header() + " | "
                + column.type().jsonName() + " | " + (column.unit() == null ? "" : column.unit())).toList();
    }

    private static String markdown(TableLayout<?> layout) {
        StringBuilder table = new StringBuilder("| # | key | heading | type | unit | notes |\n| --- | --- | --- | --- | --- | --- |\n");
        int n = 1;
        for (Column column : layout.columns()) {
            table.append("| ").append(n++).append(" | `").append(column.name()).append("` | ").append(column.header())
                    .append(" | ").append(column.type().jsonName()).append(" | ")
                    .append(column.unit() == null ? "" : column.unit()).append(" |  |\n");
        }
        return table.toString();
    }
}
