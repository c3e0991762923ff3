package se.samverkan.reporting.economy.application;

import java.time.Instant;
import java.util.List;

import se.samverkan.reporting.economy.domain.EconomyFigures;
import se.samverkan.reporting.economy.domain.SubmittedReport;

/** Port to the boards' reports, one document per board, financial year and report. */
public interface EconomyReportStore {

    /**
     * Stores the figures in one write: the first submission's time is kept, the last one's and
     * who made it are replaced. Answers the report as stored now.
     */
    SubmittedReport record(String boardOrganisationId, int year, EconomyFigures figures, String submittedBy,
                           String submittedByOrganisation, Instant at);

    /** The reports on the years from {@code fromYear} to {@code toYear}; one board's when {@code onlyBoard} is given. */
    List<SubmittedReport> ofYears(int fromYear, int toYear, String onlyBoard);
}
