package se.samverkan.reporting.providerdocuments.application;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;

import java.util.List;

import org.springframework.stereotype.Service;

import se.samverkan.contracts.producer.ActivityReportSubmittedV1;
import se.samverkan.contracts.producer.InsightPackageDeliveredV1;
import se.samverkan.defaults.security.Caller;

/**
 * What the providers have handed in to the boards: activity reports per year and delivered
 * public-insight packages, from producer-service's events. Duplicates and late arrivals change
 * nothing: the highest report version and the newest package version win.
 */
@Service
public class ProviderDocuments {

    private final ProviderDocumentStore store;

    ProviderDocuments(ProviderDocumentStore store) {
        this.store = store;
    }

    public void on(ActivityReportSubmittedV1 report) {
        store.saveReportIfNewer(new ProviderDocumentStore.ActivityReportRow(report.providerId(), report.year(),
                report.number(), report.submittedAt(), report.dueOn(), report.late()));
    }

    public void on(InsightPackageDeliveredV1 delivered) {
        store.savePackageIfNewer(new ProviderDocumentStore.InsightPackageRow(delivered.packageId(),
                delivered.providerId(), delivered.boardOrganisationId(), delivered.title(), delivered.dueOn(),
                delivered.deliveredOn(), delivered.late()), delivered.version());
    }

    /** The year's compilation as the caller may see it: a board's officials only their board's packages. */
    public Compilation compile(int year, Caller caller) {
        String onlyBoard = caller.hasAny(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR) ? null
                : caller.organisation() == null ? "" : caller.organisation();
        List<ProviderDocumentStore.ActivityReportRow> reports = store.reports(year);
        List<ProviderDocumentStore.InsightPackageRow> packages = store.packages(year, onlyBoard);
        return new Compilation(year, reports, reports.stream().filter(ProviderDocumentStore.ActivityReportRow::late)
                .count(), packages, packages.stream().filter(ProviderDocumentStore.InsightPackageRow::late).count());
    }

    /** Activity reports on the year, and insight packages delivered in it. */
    public record Compilation(int year, List<ProviderDocumentStore.ActivityReportRow> activityReports,
                              long lateActivityReports, List<ProviderDocumentStore.InsightPackageRow> insightPackages,
                              long lateInsightPackages) {
    }
}
