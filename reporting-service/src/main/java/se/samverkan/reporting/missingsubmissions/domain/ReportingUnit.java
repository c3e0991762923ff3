package se.samverkan.reporting.missingsubmissions.domain;

import java.time.LocalDate;

/**
 * A provider's unit as statistics see it: who reports, in which service area, from when.
 *
 * @param openedOn null when not known (a closing or snapshot without it has not arrived)
 * @param closedOn the first day it is closed; null while open
 */
public record ReportingUnit(String unitId, String providerId, String name, String serviceArea, String area,
                            LocalDate openedOn, LocalDate closedOn) {
}
