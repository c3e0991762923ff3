package se.samverkan.reporting.financeexport.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Export tables as an Excel workbook (XLSX), one sheet per table: a bold header row that stays in
 * view (frozen) with a filter, kronor as {@value #AMOUNT_FORMAT}, percentages as Excel
 * percentages ({@value #PERCENT_FORMAT}, the cell holding the fraction: 5,25 % is 0.0525),
 * whole numbers as {@value #INTEGER_FORMAT}, days as real dates ({@value #DATE_FORMAT}), and
 * column widths from the headers and the longest values. Written with POI's streaming API
 * (SXSSF), which keeps only a window of rows in memory, so a Stockholm-size year fits.
 */
public final class XlsxWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String AMOUNT_FORMAT = "#,##0.00 \"kr\"";
    public static final String PERCENT_FORMAT = "0.00%";
    public static final String INTEGER_FORMAT = "0";
    public static final String DECIMAL_FORMAT = "General";
    public static final String DATE_FORMAT = "yyyy-mm-dd";

    /** Rows kept in memory while writing; older rows go to a compressed temporary file. */
    static final int ROW_WINDOW = 200;
    static final int MAX_WIDTH = 60;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private XlsxWorkbook() {
    }

    public static byte[] of(List<ExportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(tables, out);
        return out.toByteArray();
    }

    public static void write(List<ExportTable> tables, OutputStream out) {
        // closing the workbook also deletes its temporary files
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            workbook.setCompressTempFiles(true);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Samverkan");
            if (tables.size() == 1) {
                workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(tables.get(0).title());
            }
            Styles styles = new Styles(workbook);
            Set<String> sheetNames = new HashSet<>();
            for (ExportTable table : tables) {
                sheet(workbook, uniqueSheetName(table.title(), sheetNames), table, styles);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(SXSSFWorkbook workbook, String name, ExportTable table, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(name);
        List<Column> columns = table.columns();
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            var cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
            widths[i] = columns.get(i).header().length() + 3;
        }
        int rowIndex = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(rowIndex++);
            for (int i = 0; i < columns.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(i);
                ColumnType type = columns.get(i).type();
                switch (type) {
                    case TEXT -> cell.setCellValue((String) value);
                    case AMOUNT -> cell.setCellValue(((BigDecimal) value).setScale(2, RoundingMode.HALF_UP)
                            .doubleValue());
                    case PERCENT -> cell.setCellValue(((BigDecimal) value).divide(HUNDRED, 6, RoundingMode.HALF_UP)
                            .doubleValue());
                    case DECIMAL -> cell.setCellValue(((BigDecimal) value).doubleValue());
                    case INTEGER -> cell.setCellValue(((Long) value).doubleValue());
                    case DATE -> cell.setCellValue((LocalDate) value);
                }
                if (type != ColumnType.TEXT) {
                    cell.setCellStyle(styles.of(type));
                }
                widths[i] = Math.max(widths[i], width(type, value));
            }
        }
        sheet.createFreezePane(0, 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns.size() - 1));
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(widths[i], MAX_WIDTH) * 256);
        }
    }

    /** Characters the value needs as shown, with room for a filter button and digit grouping. */
    private static int width(ColumnType type, Object value) {
        return switch (type) {
            case TEXT -> ((String) value).length() + 2;
            case AMOUNT -> ((BigDecimal) value).setScale(0, RoundingMode.HALF_UP).toPlainString().length() * 4 / 3 + 8;
            case PERCENT -> 10;
            case DECIMAL -> ((BigDecimal) value).toPlainString().length() + 3;
            case INTEGER -> value.toString().length() + 3;
            case DATE -> 12;
        };
    }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, and unique in the workbook. */
    static String uniqueSheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title, '-');
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static final class Styles {

        final CellStyle header;
        final Map<ColumnType, CellStyle> numbers = new EnumMap<>(ColumnType.class);

        Styles(SXSSFWorkbook workbook) {
            DataFormat format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(false);
            numbers.put(ColumnType.AMOUNT, style(workbook, format, AMOUNT_FORMAT));
            numbers.put(ColumnType.PERCENT, style(workbook, format, PERCENT_FORMAT));
            numbers.put(ColumnType.INTEGER, style(workbook, format, INTEGER_FORMAT));
            numbers.put(ColumnType.DECIMAL, style(workbook, format, DECIMAL_FORMAT));
            numbers.put(ColumnType.DATE, style(workbook, format, DATE_FORMAT));
        }

        CellStyle of(ColumnType type) {
            return numbers.get(type);
        }

        private static CellStyle style(SXSSFWorkbook workbook, DataFormat format, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format.getFormat(pattern));
            return style;
        }
    }
}
