package se.samverkan.transparency.portal.application;

import java.util.List;

import se.samverkan.transparency.portal.domain.UnitStatistics;

/** Port to the published statistics: the latest version of each unit's submission per period. */
public interface UnitStatisticsStore {

    /**
     * Stores the unit's figures for the period unless a version at least as new is stored or this
     * event was applied already; answers whether it was stored.
     */
    boolean saveIfNewer(UnitStatistics statistics, String eventId);

    /**
     * How many versions this instance has stored since it started: answers computed from the read
     * model stay good while this does not move (writes by another instance it does not see).
     */
    long changes();

    /** Every unit's stored periods in the service area. */
    List<UnitStatistics> inServiceArea(String serviceArea);

    /**
     * Every unit's stored periods, narrowed in the database to one service area, one period and the
     * submissions that carry one measure, each when given (the open data's filters).
     */
    List<UnitStatistics> all(String serviceAreaOrNull, String periodOrNull, String measureOrNull);
}
