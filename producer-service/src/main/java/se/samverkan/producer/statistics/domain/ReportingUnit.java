package se.samverkan.producer.statistics.domain;

import java.time.LocalDate;

/**
 * A provider's unit as statistics see it: who reports, in which service area, since when and,
 * once closed, from which day it no longer reports.
 *
 * @param closedOn the first day the unit is closed; null while it is open
 */
public record ReportingUnit(String unitId, String name, String serviceArea, String area, LocalDate openedOn,
                            LocalDate closedOn) {

    /** An open unit. */
    public ReportingUnit(String unitId, String name, String serviceArea, String area, LocalDate openedOn) {
        this(unitId, name, serviceArea, area, openedOn, null);
    }

    /** Whether the unit reports for a period: open on some day of it. */
    boolean reportsFor(ReportingPeriod period) {
        return (openedOn == null || !openedOn.isAfter(period.lastDay()))
                && (closedOn == null || closedOn.isAfter(period.firstDay()));
    }
}
