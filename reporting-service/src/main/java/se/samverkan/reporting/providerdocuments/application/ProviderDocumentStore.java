package se.samverkan.reporting.providerdocuments.application;

import java.util.List;

/** Port to the read model of the providers' yearly documents and delivered insight packages. */
public interface ProviderDocumentStore {

    /** Keeps the report version unless a higher one is there; answers whether it changed anything. */
    boolean saveReportIfNewer(ActivityReportRow row);

    /** Keeps the delivered package unless a newer version of it is there. */
    boolean savePackageIfNewer(InsightPackageRow row, long version);

    List<ActivityReportRow> reports(int year);

    /** Packages delivered in the year, of one requesting board if given. */
    List<InsightPackageRow> packages(int year, String boardOrganisationOrNull);

    /** A provider's activity report for a year, the newest version handed in. */
    record ActivityReportRow(String providerId, int year, int number, String submittedAt, String dueOn, boolean late) {
    }

    /** A public-insight package a provider delivered. */
    record InsightPackageRow(String packageId, String providerId, String boardOrganisationId, String title,
                             String dueOn, String deliveredOn, boolean late) {
    }
}
