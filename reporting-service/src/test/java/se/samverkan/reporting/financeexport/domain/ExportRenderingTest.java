package se.samverkan.reporting.financeexport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One table, written once, reads back the same from CSV, XLSX and JSON. */
class ExportRenderingTest {

    record Line(String name, BigDecimal amount, BigDecimal percent, Integer count, BigDecimal value, LocalDate day) {
    }

    static final TableLayout<Line> LAYOUT = TableLayout.<Line>of("sample", "Exempel: [alla] typer?")
            .text("name", "Namn", Line::name)
            .amount("amount", "Belopp", Line::amount)
            .percent("margin", "Marginal", Line::percent)
            .integer("count", "Antal", Line::count)
            .decimal("value", "Värde", Line::value)
            .date("day", "Dag", Line::day);

    static final ExportTable TABLE = LAYOUT.table(List.of(
            new Line("Hemtjänst Öster; \"Centrum\"", new BigDecimal("1234567.891"), new BigDecimal("5.25"), 12,
                    new BigDecimal("87.125"), LocalDate.of(2026, 3, 31)),
            new Line("=SUM(A1)", new BigDecimal("-4000"), null, null, null, null)));

    @Test
    void csvReadsBackWithSwedishDecimalCommasAndTwoDecimalsForKronorAndPercent() {
        String csv = SwedishCsv.of(TABLE);

        assertThat(csv).startsWith(SwedishCsv.BOM);
        List<List<String>> rows = CsvReader.read(csv.substring(1));
        assertThat(rows.get(0)).containsExactly("Namn", "Belopp", "Marginal", "Antal", "Värde", "Dag");
        assertThat(rows.get(1)).containsExactly("Hemtjänst Öster; \"Centrum\"", "1234567,89", "5,25", "12", "87,125",
                "2026-03-31");
        assertThat(CsvReader.swedishNumber(rows.get(1).get(1))).isEqualByComparingTo("1234567.89");
        assertThat(rows.get(2)).as("no value is an empty cell; a formula-like text is defused")
                .containsExactly("'=SUM(A1)", "-4000,00", "", "", "", "");
    }

    @Test
    void xlsxHasTypedCellsWithKronorAndPercentFormatsAFrozenHeaderAndColumnWidths() throws Exception {
        byte[] bytes = XlsxWorkbook.of(List.of(TABLE, LAYOUT.table(List.of())));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).as("one sheet per table").isEqualTo(2);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).as("Excel's forbidden characters replaced").isEqualTo("Exempel- -alla- typer-");
            assertThat(workbook.getSheetAt(1).getSheetName()).as("unique names").isEqualTo("Exempel- -alla- typer- (2)");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("the header row stays in view")
                    .isEqualTo((short) 1);
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Värde");

            Cell name = sheet.getRow(1).getCell(0);
            Cell amount = sheet.getRow(1).getCell(1);
            Cell percent = sheet.getRow(1).getCell(2);
            Cell count = sheet.getRow(1).getCell(3);
            Cell value = sheet.getRow(1).getCell(4);
            Cell day = sheet.getRow(1).getCell(5);
            assertThat(name.getStringCellValue()).isEqualTo("Hemtjänst Öster; \"Centrum\"");
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234567.89);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo(XlsxWorkbook.AMOUNT_FORMAT);
            assertThat(percent.getNumericCellValue()).as("Excel's percent is a fraction").isEqualTo(0.0525);
            assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(count.getNumericCellValue()).isEqualTo(12.0);
            assertThat(count.getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(value.getNumericCellValue()).isEqualTo(87.125);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).as("a text cell is never a formula")
                    .isEqualTo("=SUM(A1)");
            assertThat(sheet.getRow(2).getCell(2)).as("no value, no cell").isNull();
            assertThat(sheet.getColumnWidth(0)).as("wide enough for the longest name")
                    .isGreaterThanOrEqualTo("Hemtjänst Öster; \"Centrum\"".length() * 256);
            assertThat(sheet.getColumnWidth(3)).isLessThan(sheet.getColumnWidth(0));
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("Samverkan");
        }
    }

    @Test
    void jsonHasTypedColumnsAndRowsInColumnOrderWithExactDecimals() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("year", 2026);
        String json = JsonMapper.builder().build().writeValueAsString(JsonTable.of(TABLE, parameters));

        JsonNode parsed = JsonMapper.builder().build().readTree(json);
        assertThat(parsed.get("table").asString()).isEqualTo("sample");
        assertThat(parsed.at("/parameters/year").asInt()).isEqualTo(2026);
        assertThat(parsed.get("columns").findValuesAsString("type"))
                .containsExactly("text", "amount", "percent", "integer", "decimal", "date");
        assertThat(parsed.at("/columns/1/unit").asString()).isEqualTo("kr");
        assertThat(parsed.at("/columns/2/unit").asString()).isEqualTo("%");
        assertThat(parsed.at("/columns/4/header").asString()).isEqualTo("Värde");
        assertThat(parsed.at("/rows/0/1").decimalValue()).isEqualByComparingTo("1234567.89");
        assertThat(json).as("kronor with two decimals, percent points as written").contains("1234567.89,5.25,12,87.125,"
                + "\"2026-03-31\"");
        assertThat(parsed.at("/rows/1/2").isNull()).isTrue();
    }

    @Test
    void aCellMustHoldTheTypeItsColumnSays() {
        Column amount = new Column("amount", "Belopp", ColumnType.AMOUNT, "kr");

        assertThatThrownBy(() -> new ExportTable("t", "T", List.of(amount), List.of(List.of("12,50"))))
                .hasMessageContaining("String in a AMOUNT column");
        assertThatThrownBy(() -> new ExportTable("t", "T", List.of(amount), List.of(List.of())))
                .hasMessageContaining("0 cells for 1 columns");
        assertThatThrownBy(() -> LAYOUT.text("name", "Namn igen", Line::name)).hasMessageContaining("two columns");
    }

    /** An independent reader of semicolon CSV with quoted fields, as Swedish Excel reads it. */
    static final class CsvReader {

        static List<List<String>> read(String csv) {
            List<List<String>> rows = new java.util.ArrayList<>();
            List<String> row = new java.util.ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < csv.length(); i++) {
                char c = csv.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ';') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new java.util.ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            return rows;
        }

        static BigDecimal swedishNumber(String text) {
            return new BigDecimal(text.replace(",", "."));
        }
    }
}
