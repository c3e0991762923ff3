package se.samverkan.producer.statistics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a unit's statistics for a period: the first submission or a correction. It
 * never changes once recorded.
 *
 * @param submittedOn the day of {@code submittedAt} in Swedish time, compared with the due date
 * @param submittedBy the user who submitted it
 */
public record SubmissionVersion(int version, List<ReportedValue> values, String specificationId,
                                int specificationVersion, String boardId, String boardOrganisationId,
                                Instant submittedAt, LocalDate submittedOn, String submittedBy, String comment) {

    public SubmissionVersion {
        values = List.copyOf(values);
    }
}
