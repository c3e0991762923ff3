package se.samverkan.reporting.financeexport.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.Problems;
import se.samverkan.reporting.financeexport.domain.Sie4;
import se.samverkan.reporting.financeexport.domain.SwedishCsv;
import se.samverkan.reporting.inhouseeconomy.application.InHouseEconomy;
import se.samverkan.reporting.inhouseeconomy.domain.InHouseResults;

/** Exports of the in-house results for finance's reporting tools: SIE 4 and CSV for Swedish Excel. */
@RestController
class FinanceExportController {

    private final InHouseEconomy economy;
    private final Clock clock;
    private final String organisationName;

    FinanceExportController(InHouseEconomy economy, Clock clock,
                            @Value("${samverkan.reporting.organisation-name:Kommunen}") String organisationName) {
        this.economy = economy;
        this.clock = clock;
        this.organisationName = organisationName;
    }

    @GetMapping("/api/v1/reports/exports/in-house-results.se")
    ResponseEntity<byte[]> sie(@RequestParam(required = false) Integer year, Caller caller) {
        InHouseResults results = economy.ofYear(year(year), caller);
        return file(Sie4.of(results, organisationName, LocalDate.now(clock)).getBytes(Sie4.CP437),
                MediaType.parseMediaType("text/plain;charset=IBM437"), "resultatenheter-" + year + ".se");
    }

    @GetMapping("/api/v1/reports/exports/in-house-results.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, Caller caller) {
        InHouseResults results = economy.ofYear(year(year), caller);
        return file(SwedishCsv.of(results).getBytes(StandardCharsets.UTF_8),
                MediaType.parseMediaType("text/csv;charset=UTF-8"), "resultatenheter-" + year + ".csv");
    }

    private static int year(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(List.of(new Violation("year",
                    year == null ? "required" : "range", "Ange räkenskapsåret som 'year', t.ex. year=2026."))), null);
        }
        return year;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
