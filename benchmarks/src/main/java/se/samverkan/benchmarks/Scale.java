package se.samverkan.benchmarks;

import java.time.YearMonth;

/**
 * How big the generated municipality is.
 *
 * @param boards            orderer boards, each with one service area and its statistics specification
 * @param providers         providers, each with one LOV agreement with one board
 * @param unitsPerProvider  units per provider
 * @param indicators        measures over all specifications, each tied to a board-goal indicator
 * @param areas             areas (stadsdelar) the units lie in
 * @param firstMonth        the first month reported
 * @param months            monthly periods reported per unit, from {@code firstMonth}
 */
record Scale(String name, int boards, int providers, int unitsPerProvider, int indicators, int areas,
             YearMonth firstMonth, int months) {

    /** About Stockholm: 14 boards, 300 providers, 1,200 units, 50 indicators, 14 areas, five years monthly. */
    static final Scale STOCKHOLM = new Scale("stockholm", 14, 300, 4, 50, 14, YearMonth.of(2021, 11), 60);

    /** A quick run of the whole suite, to try it. */
    static final Scale SMALL = new Scale("small", 4, 20, 2, 12, 4, YearMonth.of(2025, 11), 12);

    static Scale named(String name) {
        return switch (name) {
            case "stockholm" -> STOCKHOLM;
            case "small" -> SMALL;
            default -> throw new IllegalArgumentException("Okänd skala '" + name + "': stockholm eller small.");
        };
    }

    int units() {
        return providers * unitsPerProvider;
    }

    long submissions() {
        return (long) units() * months;
    }

    YearMonth lastMonth() {
        return firstMonth.plusMonths(months - 1L);
    }
}
