package se.samverkan.producer.resultunit.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.producer.resultunit.domain.ResultUnit;
import se.samverkan.producer.resultunit.domain.ResultUnitId;

/** Port to result-unit storage: one document per unit, its events in the same write. */
public interface ResultUnitRepository {

    /** Stores a new unit; false when the in-house provider already has a unit of that name. */
    boolean insert(ResultUnit unit);

    /** Stores a changed unit with its events if nobody changed it since {@code readVersion}; false otherwise. */
    boolean update(ResultUnit unit, long readVersion, List<EventEnvelope<?>> events);

    Optional<ResultUnit> find(ResultUnitId id);

    /** Units, only those of the given in-house provider organisation when it is not null, by name. */
    Page<ResultUnit> list(String providerOrganisationId, Pageable pageable);

    /** Every unit (of one provider organisation when not null), by service area and name: for the reports. */
    List<ResultUnit> all(String providerOrganisationId);

    /** Units with a sale to another municipality that needs the consent of this orderer board (null: any). */
    List<ResultUnit> withSalesFor(String ordererBoard);
}
