package se.samverkan.producer.statistics.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.producer.statistics.domain.ReportingPeriod;
import se.samverkan.producer.statistics.domain.ReportingStatus;
import se.samverkan.producer.statistics.domain.Submission;

/** Port to submission storage. Every write stores the submission and its events in one atomic write. */
public interface SubmissionRepository {

    Optional<Submission> find(String unitId, ReportingPeriod period);

    /** Stores a unit's first submission for a period; false when one arrived meanwhile. */
    boolean insert(Submission submission, List<EventEnvelope<?>> events);

    /** Stores a correction if nobody wrote since {@code readRevision}; false when somebody did. */
    boolean update(Submission submission, long readRevision, List<EventEnvelope<?>> events);

    /**
     * The provider's submissions, newest period first by default; optionally only those a board's
     * officials read, of one unit, or of one period.
     */
    Page<Submission> list(String providerId, String boardOrganisationId, String unitId, String period,
                          Pageable pageable);

    /** What arrived for the provider's periods of the year, by {@link ReportingStatus#key}. */
    Map<String, ReportingStatus.Submitted> submittedIn(String providerId, int year);
}
