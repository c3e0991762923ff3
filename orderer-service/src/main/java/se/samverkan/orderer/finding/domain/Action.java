package se.samverkan.orderer.finding.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One action of an action plan: what the provider will do, who answers for it, by when, and the
 * effect it should have; then how far it has come, as the provider reports it.
 */
public record Action(UUID id, String description, String responsible, LocalDate dueOn, String expectedEffect,
                     ActionStatus status, String progressNote, String reportedBy, LocalDate reportedOn) {

    public Action {
        Objects.requireNonNull(id);
        Objects.requireNonNull(description);
        Objects.requireNonNull(responsible);
        Objects.requireNonNull(dueOn);
        Objects.requireNonNull(expectedEffect);
        Objects.requireNonNull(status);
    }

    static Action planned(String description, String responsible, LocalDate dueOn, String expectedEffect) {
        return new Action(UUID.randomUUID(), description, responsible, dueOn, expectedEffect, ActionStatus.PLANNED,
                null, null, null);
    }

    public boolean done() {
        return status == ActionStatus.DONE;
    }

    Action reported(ActionStatus newStatus, String note, String by, LocalDate on) {
        return new Action(id, description, responsible, dueOn, expectedEffect, newStatus, note, by, on);
    }
}
