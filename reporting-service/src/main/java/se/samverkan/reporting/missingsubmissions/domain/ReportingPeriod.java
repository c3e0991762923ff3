package se.samverkan.reporting.missingsubmissions.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A period statistics are reported for, written as on the wire: a month ({@code 2027-03}), a
 * quarter ({@code 2027-Q1}) or a year ({@code 2027}), as producer-service writes it.
 *
 * @param index the month 1–12, the quarter 1–4, or 0 for a year
 */
public record ReportingPeriod(Frequency frequency, int year, int index) {

    /** Every period of the frequency in the year, in order. */
    public static List<ReportingPeriod> of(int year, Frequency frequency) {
        List<ReportingPeriod> periods = new ArrayList<>();
        switch (frequency) {
            case MONTHLY -> {
                for (int month = 1; month <= 12; month++) {
                    periods.add(new ReportingPeriod(frequency, year, month));
                }
            }
            case QUARTERLY -> {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    periods.add(new ReportingPeriod(frequency, year, quarter));
                }
            }
            case YEARLY -> periods.add(new ReportingPeriod(frequency, year, 0));
        }
        return periods;
    }

    public LocalDate firstDay() {
        return switch (frequency) {
            case MONTHLY -> LocalDate.of(year, index, 1);
            case QUARTERLY -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case YEARLY -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate lastDay() {
        return switch (frequency) {
            case MONTHLY -> firstDay().plusMonths(1).minusDays(1);
            case QUARTERLY -> firstDay().plusMonths(3).minusDays(1);
            case YEARLY -> LocalDate.of(year, 12, 31);
        };
    }

    /** Whether the period and the days from {@code from} to {@code until} (null: open-ended) share a day. */
    public boolean overlaps(LocalDate from, LocalDate until) {
        return !from.isAfter(lastDay()) && (until == null || !until.isBefore(firstDay()));
    }

    @Override
    public String toString() {
        return switch (frequency) {
            case MONTHLY -> String.format("%04d-%02d", year, index);
            case QUARTERLY -> String.format("%04d-Q%d", year, index);
            case YEARLY -> String.format("%04d", year);
        };
    }
}
