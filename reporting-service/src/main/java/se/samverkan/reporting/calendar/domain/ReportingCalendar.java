package se.samverkan.reporting.calendar.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The council level's fixed reporting calendar of one calendar year (004): in January the
 * preliminary accounts on the previous year, the board's annual report on the previous year
 * (adopted by KF in April), and the current year's monthly reports per February, March, April,
 * May and October and its interim report per August. Ordered by due day.
 */
public record ReportingCalendar(int year, List<CalendarItem> items) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public ReportingCalendar {
        items = List.copyOf(items);
    }

    public static ReportingCalendar of(int year, DueDates dueDates) {
        Objects.requireNonNull(dueDates, "dueDates");
        List<CalendarItem> items = new ArrayList<>();
        for (BoardReport report : BoardReport.values()) {
            int financialYear = report.isYearEnd() ? year - 1 : year;
            YearMonth to = YearMonth.of(financialYear, report.throughMonth());
            YearMonth decidedIn = switch (report) {
                case PRELIMINARY_ACCOUNTS -> YearMonth.of(year, 1);
                case ANNUAL_REPORT -> YearMonth.of(year, 4);
                default -> null;
            };
            items.add(new CalendarItem(report, financialYear, YearMonth.of(financialYear, 1), to,
                    dueDates.of(report, financialYear), report == BoardReport.ANNUAL_REPORT ? "KF" : "KS", decidedIn));
        }
        items.sort(Comparator.comparing(CalendarItem::dueOn));
        return new ReportingCalendar(year, items);
    }

    /** The financial years whose reports fall in this calendar year: the previous one and this one. */
    public List<Integer> financialYears() {
        return List.of(year - 1, year);
    }
}
