package se.samverkan.orderer.finding.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.orderer.finding.domain.Finding;
import se.samverkan.orderer.finding.domain.FindingId;
import se.samverkan.orderer.finding.domain.FindingStatus;
import se.samverkan.orderer.finding.domain.Severity;

/** Port to finding storage. Every write stores the finding and its events in one atomic write. */
public interface FindingRepository {

    void insert(Finding finding, List<EventEnvelope<?>> events);

    /** Stores the change with its events if nobody changed the finding since {@code readVersion}. */
    boolean update(Finding finding, long readVersion, List<EventEnvelope<?>> events);

    Optional<Finding> find(FindingId id);

    Page<Finding> list(Filter filter, Pageable pageable);

    /**
     * What to list; null fields do not filter. {@code overdue} compares with {@code today}.
     * {@code visibleTo*} narrow the list to what the caller may see: one board's findings, or one
     * provider's.
     */
    record Filter(String agreementId, String providerId, String boardId, FindingStatus status, Severity severity,
                  Boolean overdue, LocalDate today, String visibleToBoardOrganisation,
                  String visibleToProviderOrganisation) {
    }
}
