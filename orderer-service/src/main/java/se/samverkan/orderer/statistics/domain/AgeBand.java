package se.samverkan.orderer.statistics.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age band of an AGE_BAND breakdown, both ages included: {@code 65-79}; the last band may be
 * open upwards: {@code 90-}.
 *
 * @param to the highest age in the band, or null for "and older"
 */
public record AgeBand(int from, Integer to) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,3})\\s*[-–]\\s*(\\d{1,3})?");

    public AgeBand {
        if (from < 0 || to != null && to < from) {
            throw new IllegalArgumentException("not an age band: " + from + "-" + to);
        }
    }

    /** The band written as {@code 65-79} or {@code 90-}; empty when it is not one. */
    public static Optional<AgeBand> parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(matcher.group(1));
        Integer to = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
        return to != null && to < from ? Optional.empty() : Optional.of(new AgeBand(from, to));
    }

    public boolean isOpen() {
        return to == null;
    }

    @Override
    public String toString() {
        return from + "-" + (to == null ? "" : to);
    }
}
