package se.samverkan.orderer.visit.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.orderer.visit.domain.Visit;
import se.samverkan.orderer.visit.domain.VisitId;
import se.samverkan.orderer.visit.domain.VisitKind;
import se.samverkan.orderer.visit.domain.VisitStatus;

/** Port to visit storage: one document per visit, every write one document write. */
public interface VisitRepository {

    void insert(Visit visit);

    /** Stores the change if nobody changed the visit since {@code readVersion}. */
    boolean update(Visit visit, long readVersion);

    Optional<Visit> find(VisitId id);

    Page<Visit> list(Filter filter, Pageable pageable);

    /** Every visit of the board (by its officials' organisation) to these units, made or planned. */
    List<Visit> ofUnits(String boardOrganisationId, Collection<String> unitIds);

    /**
     * What to list; null fields do not filter. {@code visibleToBoardOrganisation} narrows the
     * list to one board's visits; {@code visibleToProviderOrganisation} to one provider's units'
     * visits that the provider may see.
     */
    record Filter(String boardId, String unitId, String providerId, VisitKind kind, VisitStatus status,
                  Boolean seriousComplaint, String visibleToBoardOrganisation, String visibleToProviderOrganisation) {
    }
}
