package se.samverkan.orderer.goal.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverkan.defaults.validation.Violations;

/**
 * A mandate period (mandatperiod): the four calendar years a council elected in an ordinary
 * election governs, written {@code 2023-2026}. Ordinary elections have been held every four
 * years since 1994, so a period starts in 1995, 1999, … 2023, 2027.
 */
public record MandatePeriod(int firstYear) implements Comparable<MandatePeriod> {

    static final int FIRST_ORDINARY_YEAR = 1995;
    static final int YEARS = 4;
    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");

    public MandatePeriod {
        if (!isOrdinary(firstYear)) {
            throw new IllegalArgumentException("not the first year of an ordinary mandate period: " + firstYear);
        }
    }

    /** The period written as {@code 2023-2026} (an en dash is accepted too), if it is an ordinary mandate period. */
    public static Optional<MandatePeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        int last = Integer.parseInt(matcher.group(2));
        return last == first + YEARS - 1 && isOrdinary(first) ? Optional.of(new MandatePeriod(first)) : Optional.empty();
    }

    /** Reads a required mandate period, adding a violation when it is missing or not a mandate period. */
    static MandatePeriod read(String field, String text, Violations violations) {
        if (!violations.require(field, text)) {
            return null;
        }
        Optional<MandatePeriod> period = parse(text);
        if (period.isEmpty()) {
            violations.add(field, "mandate-period", "'" + text.strip() + "' är ingen mandatperiod. Skriv de fyra"
                    + " kalenderåren efter ett ordinarie val, t.ex. 2023-2026 eller 2027-2030.");
        }
        return period.orElse(null);
    }

    private static boolean isOrdinary(int firstYear) {
        return firstYear >= FIRST_ORDINARY_YEAR && firstYear <= 9999 - YEARS + 1
                && (firstYear - FIRST_ORDINARY_YEAR) % YEARS == 0;
    }

    public int lastYear() {
        return firstYear + YEARS - 1;
    }

    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear();
    }

    @Override
    public int compareTo(MandatePeriod other) {
        return Integer.compare(firstYear, other.firstYear);
    }

    @Override
    public String toString() {
        return firstYear + "-" + lastYear();
    }
}
