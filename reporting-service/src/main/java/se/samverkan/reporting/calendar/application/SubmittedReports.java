package se.samverkan.reporting.calendar.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import se.samverkan.reporting.calendar.domain.BoardReport;

/** Port to the reports boards have handed in; the economy feature keeps them. */
public interface SubmittedReports {

    /** What was handed in on these financial years; only one board's when {@code onlyBoard} is given. */
    List<Submission> submissions(Collection<Integer> financialYears, String onlyBoard);

    /**
     * One board's report on a financial year: when it was first handed in (on time or late is
     * judged by that), when last changed, and by whom.
     */
    record Submission(String boardOrganisationId, int financialYear, BoardReport report, Instant firstSubmittedAt,
                      Instant lastSubmittedAt, String submittedBy) {
    }
}
