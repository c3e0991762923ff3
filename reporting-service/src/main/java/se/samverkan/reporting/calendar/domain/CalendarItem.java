package se.samverkan.reporting.calendar.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One report in the council's calendar: which report on which financial year, the period it
 * covers, when the boards must hand it in, and who receives it.
 *
 * @param periodFrom first month covered
 * @param periodTo   last month covered
 * @param receivedBy {@code KS} or {@code KF}
 * @param decidedIn  the month the council level decides on it where the seed names one (the
 *                   preliminary accounts in KS in January, the annual report in KF in April), else null
 */
public record CalendarItem(BoardReport report, int financialYear, YearMonth periodFrom, YearMonth periodTo,
                           LocalDate dueOn, String receivedBy, YearMonth decidedIn) {

    /** Which report it is, unique within a calendar year: {@code 2025:ANNUAL_REPORT}. */
    public String key() {
        return financialYear + ":" + report.name();
    }
}
