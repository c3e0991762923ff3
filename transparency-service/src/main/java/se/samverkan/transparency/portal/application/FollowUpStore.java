package se.samverkan.transparency.portal.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.transparency.portal.domain.BoardGoals;
import se.samverkan.transparency.portal.domain.CouncilGoals;
import se.samverkan.transparency.portal.domain.FindingAgreement;
import se.samverkan.transparency.portal.domain.FindingMilestone;
import se.samverkan.transparency.portal.domain.FollowUpPlan;
import se.samverkan.transparency.portal.domain.PublicFinding;

/**
 * Port to the published goals, follow-up plans and findings. Each save is one document write;
 * the "if newer" saves keep the highest version, so a repeated or late event changes nothing.
 */
public interface FollowUpStore {

    boolean saveIfNewer(BoardGoals goals, String eventId);

    boolean saveIfNewer(CouncilGoals goals, String eventId);

    boolean saveIfNewer(FollowUpPlan plan, String eventId);

    boolean saveIfNewer(FindingAgreement agreement, String eventId);

    /** Stores what the board registered, whether or not later steps arrived first, and the registration step. */
    void registered(PublicFinding finding, FindingMilestone registration);

    /** Adds a step to the finding (once), creating it if its registration has not arrived yet. */
    void step(String findingId, String agreementId, String boardId, String providerId, FindingMilestone milestone);

    /** Every board's goals, of every mandate period. */
    List<BoardGoals> allBoardGoals();

    List<BoardGoals> boardGoals(String boardId);

    List<CouncilGoals> councilGoals(Collection<String> mandatePeriods);

    /** The decided follow-up plans, of one board when given. */
    List<FollowUpPlan> plans(String boardIdOrNull);

    /** The plans that follow the provider up. */
    List<FollowUpPlan> plansFollowing(String providerId);

    /** The provider's findings whose registration has arrived, newest registration first. */
    Page<PublicFinding> findingsOf(String providerId, Pageable pageable);

    Map<String, FindingAgreement> agreements(Collection<String> agreementIds);
}
