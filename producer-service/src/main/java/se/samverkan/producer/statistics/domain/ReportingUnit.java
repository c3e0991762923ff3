package se.samverkan.producer.statistics.domain;

import java.time.LocalDate;

/** A provider's unit as statistics see it: who reports, in which service area, since when. */
public record ReportingUnit(String unitId, String name, String serviceArea, String area, LocalDate openedOn) {
}
