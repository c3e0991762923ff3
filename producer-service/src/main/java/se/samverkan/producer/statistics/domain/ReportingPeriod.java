package se.samverkan.producer.statistics.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a submission reports: a month ({@code 2027-03}), a quarter ({@code 2027-Q1}) or a
 * year ({@code 2027}). How it is written says its frequency, so one text is one period.
 *
 * @param index the month 1–12, the quarter 1–4, or 0 for a year
 */
public record ReportingPeriod(Frequency frequency, int year, int index) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public ReportingPeriod {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        boolean valid = switch (frequency) {
            case MONTHLY -> index >= 1 && index <= 12;
            case QUARTERLY -> index >= 1 && index <= 4;
            case YEARLY -> index == 0;
        };
        if (!valid) {
            throw new IllegalArgumentException("no such " + frequency + " period: " + year + "/" + index);
        }
    }

    /** The period the text names, or empty when it is none (also for years outside 2000–2100). */
    public static Optional<ReportingPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            Matcher month = MONTH.matcher(t);
            if (month.matches()) {
                return Optional.of(new ReportingPeriod(Frequency.MONTHLY, Integer.parseInt(month.group(1)),
                        Integer.parseInt(month.group(2))));
            }
            Matcher quarter = QUARTER.matcher(t);
            if (quarter.matches()) {
                return Optional.of(new ReportingPeriod(Frequency.QUARTERLY, Integer.parseInt(quarter.group(1)),
                        Integer.parseInt(quarter.group(2))));
            }
            Matcher year = YEAR.matcher(t);
            if (year.matches()) {
                return Optional.of(new ReportingPeriod(Frequency.YEARLY, Integer.parseInt(year.group(1)), 0));
            }
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Every period of the frequency in the year, in order. */
    public static List<ReportingPeriod> of(int year, Frequency frequency) {
        List<ReportingPeriod> periods = new ArrayList<>();
        switch (frequency) {
            case MONTHLY -> {
                for (int m = 1; m <= 12; m++) {
                    periods.add(new ReportingPeriod(frequency, year, m));
                }
            }
            case QUARTERLY -> {
                for (int q = 1; q <= 4; q++) {
                    periods.add(new ReportingPeriod(frequency, year, q));
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
