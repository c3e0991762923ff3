package se.samverkan.orderer.internalcontrol.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.orderer.internalcontrol.domain.InternalControlPlan;

/** Port to internal-control plan storage; one plan per board and year. */
public interface InternalControlPlanRepository {

    /** Stores a new plan; false when the board already has a plan for the year. */
    boolean insert(InternalControlPlan plan);

    /** Stores the changed plan in one write, only if it is still at the version that was read. */
    boolean update(InternalControlPlan plan, long readVersion);

    Optional<InternalControlPlan> find(UUID id);

    /** Plans, optionally of one board and year, and of one board organisation only when it is given. */
    Page<InternalControlPlan> list(String boardId, Integer year, String boardOrganisationOrNull, Pageable pageable);
}
