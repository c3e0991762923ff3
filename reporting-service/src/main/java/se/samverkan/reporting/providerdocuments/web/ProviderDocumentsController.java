package se.samverkan.reporting.providerdocuments.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.web.Problems;
import se.samverkan.reporting.providerdocuments.application.ProviderDocuments;

/** The year's compilation of activity reports and delivered public-insight packages. */
@RestController
class ProviderDocumentsController {

    private final ProviderDocuments documents;

    ProviderDocumentsController(ProviderDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/reports/provider-documents")
    ResponseEntity<?> compile(@RequestParam(required = false) Integer year, Caller caller) {
        int thisYear = LocalDate.now().getYear();
        if (year != null && (year < 2000 || year > thisYear + 1)) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new Violation("year", "range",
                    "Ange ett år mellan 2000 och " + (thisYear + 1) + "."))));
        }
        return ResponseEntity.ok(documents.compile(year == null ? thisYear - 1 : year, caller));
    }
}
