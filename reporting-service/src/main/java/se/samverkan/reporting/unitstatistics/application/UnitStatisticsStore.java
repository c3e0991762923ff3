package se.samverkan.reporting.unitstatistics.application;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.reporting.unitstatistics.domain.UnitPeriodStatistics;

/** Port to the read model of the units' latest statistics per period. */
public interface UnitStatisticsStore {

    /** Stores the version unless this event or this version or a newer one of the unit's period is there; false then. */
    boolean saveIfNewer(UnitPeriodStatistics statistics, String eventId);

    Page<UnitPeriodStatistics> list(Filter filter, Pageable pageable);

    /**
     * Hands over, one at a time, every unit's statistics reported to one of the boards for a period
     * of the year, with the figures of the measures only (a unit's other figures left out).
     */
    void forEachOfBoardsAndYear(Collection<String> boardOrganisationIds, int year, Collection<String> measures,
                                Consumer<UnitPeriodStatistics> action);

    /** Which periods arrived for the units, each as {@code unitId + "|" + period}. */
    Set<String> submittedPeriods(Collection<String> unitIds);

    /** Null fields do not filter. */
    record Filter(String boardOrganisationId, String providerOrganisationId, String serviceArea, String period,
                  String measure) {
    }
}
