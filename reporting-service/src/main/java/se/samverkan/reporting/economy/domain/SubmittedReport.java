package se.samverkan.reporting.economy.domain;

import java.time.Instant;

/**
 * A board's report as handed in: its figures, when it was first handed in (which decides
 * whether it was on time) and when and by whom it was last changed.
 */
public record SubmittedReport(String boardOrganisationId, int financialYear, EconomyFigures figures,
                              Instant firstSubmittedAt, Instant lastSubmittedAt, String submittedBy,
                              String submittedByOrganisation, long version) {
}
