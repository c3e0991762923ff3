package se.samverkan.orderer.finding.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A note the board records while it follows a finding up (a visit, a meeting, a check of the actions). */
public record FollowUpNote(String text, String recordedBy, LocalDate recordedOn) {

    public FollowUpNote {
        Objects.requireNonNull(text);
        Objects.requireNonNull(recordedBy);
        Objects.requireNonNull(recordedOn);
    }
}
