package se.samverkan.orderer.visit.domain;

import java.time.LocalDate;

/** How a unit or a service area stands against the board's visit and meeting rules, best first. */
public enum CoverageStatus {
    /** Done for the period, or not yet due in it. */
    OK("Uppfyllt"),
    /** Due in a period that is not over yet. */
    DUE("Ska göras"),
    /** The period ended without it. */
    OVERDUE("Försenat");

    private final String label;

    CoverageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The worse of the two. */
    public CoverageStatus and(CoverageStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Something not done that is due by {@code lastDay}: due until then, overdue after. */
    static CoverageStatus dueBy(LocalDate lastDay, LocalDate today) {
        return today.isAfter(lastDay) ? OVERDUE : DUE;
    }
}
