package se.samverkan.orderer.finding.domain;

/** How far the provider has come with one action of an accepted plan, as it reports it. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE
}
