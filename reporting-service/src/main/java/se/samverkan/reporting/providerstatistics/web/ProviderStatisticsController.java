package se.samverkan.reporting.providerstatistics.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.reporting.providerstatistics.application.ProviderStatistics;
import se.samverkan.reporting.providerstatistics.domain.LegalFormCount;

@RestController
@RequestMapping("/api/v1/reports")
class ProviderStatisticsController {

    private final ProviderStatistics statistics;

    ProviderStatisticsController(ProviderStatistics statistics) {
        this.statistics = statistics;
    }

    /** Providers per legal form: every form listed, zero included, with the total. */
    @GetMapping("/providers-by-legal-form")
    ProvidersByLegalForm providersByLegalForm() {
        List<LegalFormCount> rows = statistics.byLegalForm();
        return new ProvidersByLegalForm(rows, rows.stream().mapToLong(LegalFormCount::count).sum());
    }

    record ProvidersByLegalForm(List<LegalFormCount> legalForms, long total) {
    }
}
