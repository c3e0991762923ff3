package se.samverkan.orderer.finding.domain;

/** The board's decision on a submitted action plan. */
public enum PlanDecision {
    ACCEPTED,
    /** Rejected with reasons: the provider is asked for a new plan. */
    REJECTED
}
