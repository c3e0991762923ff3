package se.samverkan.orderer.procurement.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.orderer.procurement.domain.Rulebook;

/** Port to rulebook storage; a reference is used once per board. */
public interface RulebookRepository {

    /** Stores a new rulebook; false when the board has one with the same reference. */
    boolean insert(Rulebook rulebook);

    boolean update(Rulebook rulebook, long readVersion);

    Optional<Rulebook> find(UUID id);

    Page<Rulebook> list(String boardId, String serviceArea, Boolean open, Pageable pageable);
}
