package se.samverkan.orderer.procurement.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.orderer.procurement.domain.Tender;

/** Port to tender storage; a reference is used once per board. */
public interface TenderRepository {

    /** Stores a new tender; false when the board already used the reference. */
    boolean insert(Tender tender);

    /** Stores the change and its events in one write, only if nobody changed it since it was read. */
    boolean update(Tender tender, long readVersion, List<EventEnvelope<?>> events);

    Optional<Tender> find(UUID id);

    Page<Tender> list(String boardId, String serviceArea, Tender.Status status, Pageable pageable);
}
