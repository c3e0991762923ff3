package se.samverkan.orderer.finding.domain;

/** Where a finding is in its life cycle, from registration to verified closure. */
public enum FindingStatus {
    /** Registered; the provider owes an action plan by the due date. */
    AWAITING_ACTION_PLAN,
    /** The provider submitted a plan; the board decides on it. */
    PLAN_SUBMITTED,
    /** The board rejected the plan with reasons; the provider owes a new plan by the new due date. */
    PLAN_REJECTED,
    /** The board accepted the plan; the provider carries it out and reports each action. */
    PLAN_ACCEPTED,
    /** The board verified that every action is done and closed the finding. */
    CLOSED;

    /** The provider owes a plan. */
    public boolean awaitingPlan() {
        return this == AWAITING_ACTION_PLAN || this == PLAN_REJECTED;
    }
}
