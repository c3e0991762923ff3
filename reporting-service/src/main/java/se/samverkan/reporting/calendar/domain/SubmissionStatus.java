package se.samverkan.reporting.calendar.domain;

import java.time.LocalDate;
import java.util.Optional;

/** Where a board stands with one report of the calendar. */
public enum SubmissionStatus {

    ON_TIME("Inlämnad i tid"),
    LATE("Inlämnad för sent"),
    MISSING("Saknas: sista dag har passerat"),
    NOT_YET_DUE("Inte inlämnad, sista dag har inte passerat");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSubmitted() {
        return this == ON_TIME || this == LATE;
    }

    /**
     * A report handed in on or before its due day is on time, after it late (the first
     * submission counts; a later correction does not make it late); one not handed in is missing
     * once its due day has passed.
     */
    public static SubmissionStatus of(LocalDate dueOn, Optional<LocalDate> firstSubmittedOn, LocalDate today) {
        if (firstSubmittedOn.isPresent()) {
            return firstSubmittedOn.get().isAfter(dueOn) ? LATE : ON_TIME;
        }
        return today.isAfter(dueOn) ? MISSING : NOT_YET_DUE;
    }
}
