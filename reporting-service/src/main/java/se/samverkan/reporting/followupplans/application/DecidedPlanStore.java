package se.samverkan.reporting.followupplans.application;

import java.util.List;

import se.samverkan.reporting.followupplans.domain.DecidedPlan;

/** Port to the read model of decided follow-up plans, one document per plan. */
public interface DecidedPlanStore {

    /** Stores the plan unless a version at least as new is stored or this event was applied already. */
    boolean saveIfNewer(DecidedPlan plan, long version, String eventId);

    /** The year's decided plans, of one board when {@code boardOrganisationId} is not null, by board. */
    List<DecidedPlan> ofYear(int year, String boardOrganisationId);
}
