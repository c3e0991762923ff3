package se.samverkan.reporting.financeexport.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.Problems;
import se.samverkan.reporting.financeexport.application.ExportRequest;
import se.samverkan.reporting.financeexport.application.FinanceExports;
import se.samverkan.reporting.financeexport.domain.JsonTable;
import se.samverkan.reporting.financeexport.domain.Sie4;
import se.samverkan.reporting.financeexport.domain.SwedishCsv;
import se.samverkan.reporting.financeexport.domain.XlsxWorkbook;
import se.samverkan.reporting.inhouseeconomy.application.InHouseEconomy;
import se.samverkan.reporting.inhouseeconomy.domain.InHouseResults;

/**
 * Exports for finance's reporting tools: every table as CSV for Swedish Excel, as an XLSX
 * workbook and as JSON, and the in-house results also as SIE 4. The tables and their columns are
 * in docs/exports.md.
 */
@RestController
class FinanceExportController {

    /** The formats every table is written in, by their file extension. */
    enum Format {
        CSV("text/csv;charset=UTF-8"),
        XLSX(XlsxWorkbook.CONTENT_TYPE),
        JSON("application/json");

        private final MediaType type;

        Format(String type) {
            this.type = MediaType.parseMediaType(type);
        }

        static Format of(String extension) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(extension)) {
                    return format;
                }
            }
            return null;
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final InHouseEconomy economy;
    private final FinanceExports exports;
    private final Clock clock;
    private final String organisationName;

    FinanceExportController(InHouseEconomy economy, FinanceExports exports, Clock clock,
                            @Value("${samverkan.reporting.organisation-name:Kommunen}") String organisationName) {
        this.economy = economy;
        this.exports = exports;
        this.clock = clock;
        this.organisationName = organisationName;
    }

    @GetMapping("/api/v1/reports/exports/in-house-results.se")
    ResponseEntity<byte[]> sie(@RequestParam(required = false) Integer year, Caller caller) {
        InHouseResults results = economy.ofYear(year(year), caller);
        return file(Sie4.of(results, organisationName, LocalDate.now(clock)).getBytes(Sie4.CP437),
                MediaType.parseMediaType("text/plain;charset=IBM437"), "resultatenheter-" + year + ".se");
    }

    /**
     * One table as a file: {@code csv} (Swedish Excel), {@code xlsx} (a workbook) or {@code json}.
     * The tables: in-house-results, in-house-units, goal-attainment, unit-statistics,
     * strategic-contracts (and any added since; an unknown one is answered with the list).
     */
    @GetMapping("/api/v1/reports/exports/{table}.{format}")
    ResponseEntity<?> table(@PathVariable String table, @PathVariable String format,
                            @RequestParam(required = false) Integer year,
                            @RequestParam(required = false) String mandatePeriod, Caller caller) {
        Format as = Format.of(format);
        if (as == null) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.notFound("Formatet '" + format
                    + "' finns inte för exporter. Välj csv, xlsx eller json (SIE 4 finns för in-house-results.se)."),
                    null);
        }
        ExportRequest request = new ExportRequest(year, mandatePeriod == null || mandatePeriod.isBlank() ? null
                : mandatePeriod.strip());
        FinanceExports.Outcome outcome = exports.export(table, request, caller);
        if (outcome instanceof FinanceExports.Outcome.UnknownTable unknown) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.notFound("Det finns ingen export som heter '"
                    + table + "'. Välj en av: " + String.join(", ", unknown.tables()) + "."), null);
        }
        if (outcome instanceof FinanceExports.Outcome.Rejected rejected) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(rejected.violations()), null);
        }
        if (!(outcome instanceof FinanceExports.Outcome.Exported exported)) {
            throw new IllegalStateException("a single table's export answered " + outcome);
        }
        String name = exported.fileName() + "." + as.extension();
        return switch (as) {
            case CSV -> file(SwedishCsv.of(exported.table()).getBytes(StandardCharsets.UTF_8), as.type, name);
            case XLSX -> file(XlsxWorkbook.of(List.of(exported.table())), as.type, name);
            case JSON -> ResponseEntity.ok().contentType(as.type)
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
                    .body(JsonTable.of(exported.table(), request.given()));
        };
    }

    /**
     * Every table in one workbook, a sheet each: {@code year} is required; goal attainment is
     * included when {@code mandatePeriod} is given.
     */
    @GetMapping("/api/v1/reports/exports/workbook.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) String mandatePeriod, Caller caller) {
        FinanceExports.Outcome outcome = exports.workbook(new ExportRequest(year, mandatePeriod == null
                || mandatePeriod.isBlank() ? null : mandatePeriod.strip()), caller);
        if (outcome instanceof FinanceExports.Outcome.Rejected rejected) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(rejected.violations()), null);
        }
        FinanceExports.Outcome.Workbook workbook = (FinanceExports.Outcome.Workbook) outcome;
        return file(XlsxWorkbook.of(workbook.tables()), Format.XLSX.type, workbook.fileName() + ".xlsx");
    }

    private static int year(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(List.of(new Violation("year",
                    year == null ? "required" : "range", "Ange räkenskapsåret som 'year', t.ex. year=2026."))), null);
        }
        return year;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name)).body(body);
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
