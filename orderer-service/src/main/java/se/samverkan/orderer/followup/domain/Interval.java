package se.samverkan.orderer.followup.domain;

/** How often an item of the plan is done. */
public enum Interval {
    ONCE,
    MONTHLY,
    QUARTERLY,
    TWICE_A_YEAR,
    YEARLY
}
