package se.samverkan.reporting.inhouseeconomy.application;

import java.util.List;

import se.samverkan.reporting.inhouseeconomy.domain.UnitYear;

/** Port to the read model of the in-house result units, one document per unit and year. */
public interface UnitYearStore {

    /**
     * Records a closed month in its unit's year, with the unit's current name and service area,
     * unless this event was applied already; answers whether it changed anything.
     */
    boolean recordClosedMonth(UnitYear unitWithOnlyThatMonth, int month, String eventId);

    /** The year's units, of one in-house provider organisation when not null, by service area and name. */
    List<UnitYear> ofYear(int year, String providerOrganisationId);
}
