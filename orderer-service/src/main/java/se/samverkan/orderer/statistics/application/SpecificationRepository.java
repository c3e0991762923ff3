package se.samverkan.orderer.statistics.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.orderer.board.domain.BoardId;
import se.samverkan.orderer.statistics.domain.ServiceArea;
import se.samverkan.orderer.statistics.domain.StatisticsSpecification;
import se.samverkan.orderer.statistics.domain.StatisticsSpecificationId;

/** Port to specification storage. Every write stores the aggregate and its events in one atomic write. */
public interface SpecificationRepository {

    /** Stores a new specification; false when the board has one for the service area already. */
    boolean insert(StatisticsSpecification specification);

    /**
     * Stores a changed specification with its events, if nobody changed it since it was read at
     * {@code readRevision}; false when somebody did (nothing is stored then).
     */
    boolean update(StatisticsSpecification specification, long readRevision, List<EventEnvelope<?>> events);

    Optional<StatisticsSpecification> find(StatisticsSpecificationId id);

    Optional<StatisticsSpecification> find(BoardId boardId, ServiceArea serviceArea);

    Page<StatisticsSpecification> list(Filter filter, Pageable pageable);

    /**
     * Which specifications a list holds.
     *
     * @param boardId        only this board's; null for every board's
     * @param serviceArea    only this service area's; null for every area's
     * @param unpublished    also those never published: every one ({@code ALL}), none, or only those of
     *                       the board whose officials act for {@code organisation}
     * @param organisation   the caller's organisation, for {@code OWN_BOARD}
     */
    record Filter(BoardId boardId, ServiceArea serviceArea, Unpublished unpublished, String organisation) {
    }

    enum Unpublished { ALL, NONE, OWN_BOARD }
}
