package se.samverkan.reporting.missingsubmissions.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which statistics should have arrived by a day and did not, per provider, unit and period.
 * The rule is producer-service's (its reporting status): a unit owes a period when an agreement
 * of its provider covers the unit's service area for at least a day of the period, the unit was
 * open by the period's last day, and the specification in force for the period of that
 * agreement's board asks for at least one required, provider-reported measure of the period's
 * frequency; when several boards' agreements qualify, the unit owes the board first by
 * organisation id, as there. A period owed is missing when nothing arrived for the unit and
 * period and the day is after its due date. One addition: a unit closed on or before a period's
 * first day owes nothing for it, since no day of the period was open.
 */
public final class MissingSubmissions {

    private MissingSubmissions() {
    }

    /** One unit's period that should have arrived and did not. */
    public record Missing(String providerId, String providerOrganisationId, String unitId, String unitName,
                          String serviceArea, String area, String boardOrganisationId, String period,
                          Frequency frequency, LocalDate dueOn, long daysOverdue) {
    }

    /** What a reminder to one provider says: how much is missing, from how many units, how old. */
    public record ProviderSummary(String providerId, String providerOrganisationId, long missing, long units,
                                  LocalDate oldestDueOn, long mostDaysOverdue, List<String> boardOrganisationIds,
                                  List<String> periods) {
    }

    /** How many units' statistics for a board's period are missing: what a reporting calendar shows. */
    public record BoardPeriodCount(String boardOrganisationId, String period, Frequency frequency, LocalDate dueOn,
                                   long missing) {
    }

    /**
     * @param submitted the periods that arrived, as {@code unitId + "|" + period}
     */
    public static List<Missing> asOf(LocalDate day, List<ReportingUnit> units, List<Agreement> agreements,
                                     List<SpecificationVersion> specifications, Set<String> submitted,
                                     DueDates dueDates) {
        Map<String, List<Agreement>> byProvider = agreements.stream().filter(agreement -> agreement.providerId() != null)
                .sorted(Comparator.comparing(agreement -> nullToEmpty(agreement.boardOrganisationId())))
                .collect(Collectors.groupingBy(Agreement::providerId, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<SpecificationVersion>> byBoardAndArea = specifications.stream()
                .collect(Collectors.groupingBy(version -> version.boardId() + "|" + version.serviceArea()));
        List<Missing> missing = new ArrayList<>();
        for (ReportingUnit unit : units) {
            List<Agreement> own = byProvider.getOrDefault(unit.providerId(), List.of()).stream()
                    .filter(agreement -> unit.serviceArea() != null && unit.serviceArea().equals(agreement.serviceArea()))
                    .toList();
            if (own.isEmpty()) {
                continue;
            }
            int firstYear = own.stream().map(Agreement::startsOn).filter(start -> start != null)
                    .mapToInt(LocalDate::getYear).min().orElse(day.getYear());
            for (int year = firstYear; year <= day.getYear(); year++) {
                for (Frequency frequency : Frequency.values()) {
                    for (ReportingPeriod period : ReportingPeriod.of(year, frequency)) {
                        LocalDate dueOn = dueDates.dueOn(period);
                        if (!day.isAfter(dueOn) || !openDuring(unit, period)
                                || submitted.contains(key(unit.unitId(), period.toString()))) {
                            continue;
                        }
                        owingAgreement(unit, period, own, byBoardAndArea).ifPresent(agreement -> missing.add(
                                new Missing(unit.providerId(), agreement.providerOrganisationId(), unit.unitId(),
                                        unit.name(), unit.serviceArea(), unit.area(), agreement.boardOrganisationId(),
                                        period.toString(), frequency, dueOn, ChronoUnit.DAYS.between(dueOn, day))));
                    }
                }
            }
        }
        missing.sort(Comparator.comparing((Missing row) -> nullToEmpty(row.providerOrganisationId()))
                .thenComparing(row -> nullToEmpty(row.unitName())).thenComparing(Missing::unitId)
                .thenComparing(Missing::dueOn).thenComparing(Missing::period));
        return missing;
    }

    public static String key(String unitId, String period) {
        return unitId + "|" + period;
    }

    /** One summary per provider, in the order the missing rows come. */
    public static List<ProviderSummary> perProvider(List<Missing> missing) {
        Map<String, List<Missing>> byProvider = missing.stream()
                .collect(Collectors.groupingBy(Missing::providerId, LinkedHashMap::new, Collectors.toList()));
        List<ProviderSummary> summaries = new ArrayList<>();
        byProvider.forEach((provider, rows) -> summaries.add(new ProviderSummary(provider,
                rows.get(0).providerOrganisationId(), rows.size(),
                rows.stream().map(Missing::unitId).distinct().count(),
                rows.stream().map(Missing::dueOn).min(Comparator.naturalOrder()).orElseThrow(),
                rows.stream().mapToLong(Missing::daysOverdue).max().orElse(0),
                List.copyOf(rows.stream().map(Missing::boardOrganisationId).collect(Collectors.toCollection(TreeSet::new))),
                List.copyOf(rows.stream().map(Missing::period).collect(Collectors.toCollection(TreeSet::new))))));
        return summaries;
    }

    /** The number missing per board and period, ordered by board, then due date, then period. */
    public static List<BoardPeriodCount> perBoardAndPeriod(List<Missing> missing) {
        Map<String, BoardPeriodCount> counts = new LinkedHashMap<>();
        for (Missing row : missing) {
            counts.merge(row.boardOrganisationId() + "|" + row.period(), new BoardPeriodCount(row.boardOrganisationId(),
                    row.period(), row.frequency(), row.dueOn(), 1), (a, b) -> new BoardPeriodCount(
                    a.boardOrganisationId(), a.period(), a.frequency(), a.dueOn(), a.missing() + b.missing()));
        }
        return counts.values().stream().sorted(Comparator.comparing(BoardPeriodCount::boardOrganisationId)
                .thenComparing(BoardPeriodCount::dueOn).thenComparing(BoardPeriodCount::period)).toList();
    }

    private static boolean openDuring(ReportingUnit unit, ReportingPeriod period) {
        if (unit.openedOn() != null && unit.openedOn().isAfter(period.lastDay())) {
            return false;
        }
        return unit.closedOn() == null || unit.closedOn().isAfter(period.firstDay());
    }

    private static Optional<Agreement> owingAgreement(ReportingUnit unit, ReportingPeriod period,
                                                      List<Agreement> agreements,
                                                      Map<String, List<SpecificationVersion>> specifications) {
        return agreements.stream().filter(agreement -> agreement.covers(unit.serviceArea(), period))
                .filter(agreement -> SpecificationVersion.inForce(specifications.getOrDefault(
                                agreement.boardId() + "|" + unit.serviceArea(), List.of()), period)
                        .map(version -> version.owesAnything(period.frequency())).orElse(false))
                .findFirst();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
