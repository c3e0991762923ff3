package se.samverkan.orderer.followup.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.orderer.followup.domain.FollowUpPlan;
import se.samverkan.orderer.followup.domain.FollowUpPlanId;

/** Port to follow-up plan storage; one plan per board and year. */
public interface FollowUpPlanRepository {

    /** Stores a new plan; false when the board already has a plan for the year. */
    boolean insert(FollowUpPlan plan);

    boolean update(FollowUpPlan plan, long readVersion, List<EventEnvelope<?>> events);

    Optional<FollowUpPlan> find(FollowUpPlanId id);

    /**
     * Plans, optionally of one board and year. With {@code everyDraft} false, drafts are left
     * out except those of {@code draftsOfBoardOrganisation} (may be null).
     */
    Page<FollowUpPlan> list(String boardId, Integer year, boolean everyDraft, String draftsOfBoardOrganisation,
                            Pageable pageable);
}
