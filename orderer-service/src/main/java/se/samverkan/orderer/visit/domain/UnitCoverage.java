package se.samverkan.orderer.visit.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How one unit stands in a year against the board's visit rules (003 Bilaga 3): every unit is
 * visited at least once a year, and gets a deep follow-up every third year. The yearly visit is
 * an announced visit or a deep follow-up (both made with the unit's management); an unannounced
 * visit on a complaint does not replace it. A unit that never had a deep follow-up is due one
 * by the end of the third year counted from the year it opened.
 *
 * @param lastVisitOn          the last yearly visit made up to the end of the year
 * @param lastDeepFollowUpOn   the last deep follow-up made up to the end of the year
 * @param visitDueBy           the day by which the next yearly visit must be made
 * @param deepFollowUpDueBy    the day by which the next deep follow-up must be made
 * @param nextPlannedOn        the earliest visit planned and not yet made, if any
 */
public record UnitCoverage(UnitRef unit, int year, Optional<LocalDate> lastVisitOn,
                           Optional<LocalDate> lastDeepFollowUpOn, LocalDate visitDueBy, LocalDate deepFollowUpDueBy,
                           CoverageStatus visitStatus, CoverageStatus deepFollowUpStatus,
                           Optional<LocalDate> nextPlannedOn) {

    /** Every third year: a deep follow-up made in 2024 is due again in 2027. */
    public static final int DEEP_FOLLOW_UP_INTERVAL_YEARS = 3;

    /**
     * @param openedOn the day the unit opened; null when unknown
     * @param visits   the board's visits to the unit, made and planned, of any year
     */
    public static UnitCoverage assess(UnitRef unit, LocalDate openedOn, List<Visit> visits, int year,
                                      LocalDate today) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Optional<LocalDate> lastVisit = lastPerformed(visits, yearEnd, false);
        Optional<LocalDate> lastDeep = lastPerformed(visits, yearEnd, true);

        boolean visitedThisYear = lastVisit.filter(on -> on.getYear() == year).isPresent();
        LocalDate visitDueBy = visitedThisYear ? LocalDate.of(year + 1, 12, 31) : yearEnd;
        CoverageStatus visitStatus = visitedThisYear ? CoverageStatus.OK : CoverageStatus.dueBy(yearEnd, today);

        int deepDueYear = lastDeep.map(on -> on.getYear() + DEEP_FOLLOW_UP_INTERVAL_YEARS)
                .orElse(openedOn == null ? year : openedOn.getYear() + DEEP_FOLLOW_UP_INTERVAL_YEARS - 1);
        LocalDate deepDueBy = LocalDate.of(deepDueYear, 12, 31);
        CoverageStatus deepStatus = deepDueYear > year ? CoverageStatus.OK : CoverageStatus.dueBy(deepDueBy, today);

        Optional<LocalDate> nextPlanned = visits.stream().filter(visit -> !visit.performed())
                .map(Visit::plannedOn).min(Comparator.naturalOrder());
        return new UnitCoverage(unit, year, lastVisit, lastDeep, visitDueBy, deepDueBy, visitStatus, deepStatus,
                nextPlanned);
    }

    private static Optional<LocalDate> lastPerformed(List<Visit> visits, LocalDate until, boolean deepOnly) {
        return visits.stream().filter(Visit::performed)
                .filter(visit -> deepOnly ? visit.kind() == VisitKind.DEEP_FOLLOW_UP
                        : visit.kind() != VisitKind.UNANNOUNCED)
                .map(visit -> visit.performedOn().orElseThrow())
                .filter(on -> !on.isAfter(until))
                .max(Comparator.naturalOrder());
    }

    /** The unit's standing: the worse of the yearly visit's and the deep follow-up's. */
    public CoverageStatus status() {
        return visitStatus.and(deepFollowUpStatus);
    }

    /** The earlier of the two due days. */
    public LocalDate nextDueBy() {
        return visitDueBy.isBefore(deepFollowUpDueBy) ? visitDueBy : deepFollowUpDueBy;
    }
}
