package se.samverkan.orderer.internalcontrol.domain;

import java.time.LocalDate;

/** How a control came out, reported in the interim report or the annual report. */
public record ControlResult(Report report, ControlOutcome outcome, String comment, String action, LocalDate recordedOn,
                            String recordedBy) {
}
