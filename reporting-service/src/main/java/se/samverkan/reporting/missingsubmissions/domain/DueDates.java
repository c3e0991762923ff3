package se.samverkan.reporting.missingsubmissions.domain;

import java.time.LocalDate;

/**
 * When a period's statistics are due: on the given day of the month after the period ends (the
 * 15th by default: {@code 2027-03} on 2027-04-15, {@code 2027-Q1} on 2027-04-15, {@code 2027} on
 * 2028-01-15). The same rule and the same setting ({@code samverkan.statistics.due-day-of-following-month})
 * as producer-service's, where the statistics are submitted, so both agree on what is late.
 */
public record DueDates(int dayOfFollowingMonth) {

    public static final int DEFAULT_DAY = 15;

    public DueDates {
        if (dayOfFollowingMonth < 1 || dayOfFollowingMonth > 28) {
            throw new IllegalArgumentException("the due day must be 1–28, was " + dayOfFollowingMonth);
        }
    }

    public LocalDate dueOn(ReportingPeriod period) {
        return period.lastDay().plusDays(1).withDayOfMonth(dayOfFollowingMonth);
    }
}
