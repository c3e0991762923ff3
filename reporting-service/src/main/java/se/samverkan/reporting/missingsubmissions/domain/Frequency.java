package se.samverkan.reporting.missingsubmissions.domain;

/** How often a measure is reported: per month, quarter or year. */
public enum Frequency {
    MONTHLY, QUARTERLY, YEARLY
}
