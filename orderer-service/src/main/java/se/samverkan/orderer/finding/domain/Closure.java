package se.samverkan.orderer.finding.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The board's verification that a finding is remedied: how it verified it, who, and when. */
public record Closure(String note, String closedBy, LocalDate closedOn) {

    public Closure {
        Objects.requireNonNull(note);
        Objects.requireNonNull(closedBy);
        Objects.requireNonNull(closedOn);
    }
}
