package se.samverkan.producer.statistics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which periods each unit of a provider owes statistics for in a year, and how each stands:
 * submitted on time, submitted late, missing, or not yet due. A unit owes a period when an
 * agreement of the provider covers the unit's service area for at least a day of it, the unit
 * was open by its last day, and the board's specification in force for it asks the provider for
 * at least one required measure of that frequency.
 */
public final class ReportingStatus {

    private ReportingStatus() {
    }

    public enum State {
        /** The first version came on or before the due date. */
        ON_TIME,
        /** The first version came after the due date. */
        LATE,
        /** Nothing has come and the due date has passed. */
        MISSING,
        /** Nothing has come yet, and there is still time. */
        NOT_YET_DUE
    }

    /** A period a unit owes, and how it stands. */
    public record PeriodStatus(String period, Frequency frequency, LocalDate dueOn, State state,
                               String boardOrganisationId, Instant firstSubmittedAt, Integer latestVersion) {
    }

    public record UnitStatus(ReportingUnit unit, List<PeriodStatus> periods) {

        public long count(State state) {
            return periods.stream().filter(period -> period.state() == state).count();
        }
    }

    /** What is known of a period's submission. */
    public record Submitted(LocalDate firstSubmittedOn, Instant firstSubmittedAt, int latestVersion) {
    }

    /**
     * @param submitted     what arrived, by {@code unitId + "|" + period}
     * @param boardIsShown  which boards' duties to list (all of them, or only a board official's own)
     */
    public static List<UnitStatus> of(int year, List<ReportingUnit> units, List<Agreement> agreements,
                                      List<SpecificationVersion> specifications, Map<String, Submitted> submitted,
                                      LocalDate today, DueDates dueDates, Predicate<String> boardIsShown) {
        List<UnitStatus> result = new ArrayList<>();
        for (ReportingUnit unit : units.stream().sorted(Comparator.comparing(ReportingUnit::name)).toList()) {
            List<PeriodStatus> periods = new ArrayList<>();
            for (Frequency frequency : Frequency.values()) {
                for (ReportingPeriod period : ReportingPeriod.of(year, frequency)) {
                    if (!unit.reportsFor(period)) {
                        continue;
                    }
                    String board = owingBoard(unit, period, agreements, specifications);
                    if (board == null || !boardIsShown.test(board)) {
                        continue;
                    }
                    LocalDate dueOn = dueDates.dueOn(period);
                    Submitted arrived = submitted.get(key(unit.unitId(), period));
                    State state;
                    if (arrived != null) {
                        state = arrived.firstSubmittedOn().isAfter(dueOn) ? State.LATE : State.ON_TIME;
                    } else {
                        state = today.isAfter(dueOn) ? State.MISSING : State.NOT_YET_DUE;
                    }
                    periods.add(new PeriodStatus(period.toString(), frequency, dueOn, state, board,
                            arrived == null ? null : arrived.firstSubmittedAt(),
                            arrived == null ? null : arrived.latestVersion()));
                }
            }
            result.add(new UnitStatus(unit, periods));
        }
        return result;
    }

    public static String key(String unitId, ReportingPeriod period) {
        return unitId + "|" + period;
    }

    /** The organisation of the board the unit owes the period to, or null when it owes nothing. */
    private static String owingBoard(ReportingUnit unit, ReportingPeriod period, List<Agreement> agreements,
                                     List<SpecificationVersion> specifications) {
        return agreements.stream().filter(agreement -> agreement.covers(unit.serviceArea(), period))
                .sorted(Comparator.comparing(Agreement::boardOrganisationId))
                .filter(agreement -> SpecificationVersion.inForce(specifications.stream()
                                .filter(version -> version.boardId().equals(agreement.boardId())
                                        && version.serviceArea().equals(unit.serviceArea())).toList(), period)
                        .map(version -> version.owesAnything(period.frequency())).orElse(false))
                .map(Agreement::boardOrganisationId).findFirst().orElse(null);
    }
}
