package se.samverkan.transparency.portal.domain;

/**
 * One step of a finding as an event told it, with the finding aggregate's version after the step.
 *
 * @param kind      what happened
 * @param version   the finding's version after it; the highest version is the current state
 * @param on        the day it happened, ISO date
 * @param planDueOn the last day for the (next) action plan, after a registration or a rejection; else null
 */
public record FindingMilestone(Kind kind, long version, String on, String planDueOn) {

    public enum Kind { REGISTERED, PLAN_REJECTED, PLAN_ACCEPTED, CLOSED }
}
