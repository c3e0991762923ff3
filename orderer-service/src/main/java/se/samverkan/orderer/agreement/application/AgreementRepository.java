package se.samverkan.orderer.agreement.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.orderer.agreement.domain.Agreement;
import se.samverkan.orderer.agreement.domain.AgreementId;
import se.samverkan.orderer.agreement.domain.AgreementStatus;
import se.samverkan.orderer.agreement.domain.ProcurementRoute;

/** Port to agreement storage. Every write stores the agreement and its events in one atomic write. */
public interface AgreementRepository {

    void insert(Agreement agreement);

    /** Stores a new agreement with its events in one write; false when one with its id exists already. */
    boolean insertIfAbsent(Agreement agreement, List<EventEnvelope<?>> events);

    /** Stores the change with its events if nobody changed the agreement since {@code readVersion}. */
    boolean update(Agreement agreement, long readVersion, List<EventEnvelope<?>> events);

    Optional<Agreement> find(AgreementId id);

    Page<Agreement> list(Filter filter, Pageable pageable);

    /** Every signed agreement of the board: its own, and those it follows up for its part. */
    List<Agreement> listSigned(String boardOrganisationId);

    /** Signed strategic agreements of the board. */
    long countSignedStrategic(String boardOrganisationId);

    /**
     * What to list; null fields do not filter. {@code visibleTo*} narrow the list to what the
     * caller may see: one board's agreements, or one provider's.
     */
    record Filter(String boardId, String providerId, ProcurementRoute route, AgreementStatus status, Boolean strategic,
                  String visibleToBoardOrganisation, String visibleToProviderOrganisation) {
    }
}
