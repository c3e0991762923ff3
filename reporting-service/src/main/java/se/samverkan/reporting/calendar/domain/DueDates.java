package se.samverkan.reporting.calendar.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When a board's report is due. Seed 004 gives the months (monthly reports per February, March,
 * April, May and October; the interim report per August; the preliminary accounts to KS in
 * January; the annual report adopted by KF in April) but leaves the days to KS's instructions,
 * so the days are settings with documented defaults: a monthly report on the given day of the
 * month after its month, the interim report, the preliminary accounts and the annual report on
 * fixed days (the year-end ones in the year after the financial year).
 *
 * @param monthlyDay             day of the following month a monthly report is due, 1–28
 * @param interim                when the interim report per August is due, in the same year
 * @param preliminaryAccounts    when the preliminary accounts are due, in January of the following year
 * @param annualReport           when the board's annual report is due, in the following year, before April
 */
public record DueDates(int monthlyDay, MonthDay interim, MonthDay preliminaryAccounts, MonthDay annualReport) {

    /** 10th of the following month; 15 September; 15 January; 15 February. */
    public static final DueDates DEFAULT = new DueDates(10, MonthDay.of(9, 15), MonthDay.of(1, 15),
            MonthDay.of(2, 15));

    public DueDates {
        Objects.requireNonNull(interim, "interim");
        Objects.requireNonNull(preliminaryAccounts, "preliminaryAccounts");
        Objects.requireNonNull(annualReport, "annualReport");
        if (monthlyDay < 1 || monthlyDay > 28) {
            throw new IllegalArgumentException("a monthly report's due day must be 1-28, was " + monthlyDay);
        }
        if (interim.getMonthValue() < 9) {
            throw new IllegalArgumentException("the interim report per August cannot be due before September: "
                    + interim);
        }
        if (preliminaryAccounts.getMonthValue() != 1) {
            throw new IllegalArgumentException("the preliminary accounts are presented to KS in January: "
                    + preliminaryAccounts);
        }
        if (annualReport.getMonthValue() > 3) {
            throw new IllegalArgumentException("the annual report must be in before KF adopts it in April: "
                    + annualReport);
        }
    }

    /** The day the report on the financial year is due. */
    public LocalDate of(BoardReport report, int financialYear) {
        return switch (report) {
            case PRELIMINARY_ACCOUNTS -> preliminaryAccounts.atYear(financialYear + 1);
            case ANNUAL_REPORT -> annualReport.atYear(financialYear + 1);
            case INTERIM_08 -> interim.atYear(financialYear);
            default -> YearMonth.of(financialYear, report.throughMonth()).plusMonths(1).atDay(monthlyDay);
        };
    }
}
