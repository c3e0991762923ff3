package se.samverkan.transparency.portal.application;

import java.util.List;
import java.util.Map;

import se.samverkan.transparency.portal.domain.MeasureName;

/** Port to the measures' names, from the boards' statistics specifications. */
public interface MeasureNameStore {

    /**
     * Stores the specification's measures unless a version at least as new is stored or this event
     * was applied already; answers whether it was stored.
     */
    boolean saveIfNewer(String specificationId, String serviceArea, int version, List<MeasureName> measures,
                        String eventId);

    /** The names of every measure any board specifies for the service area, by code. */
    Map<String, MeasureName> namesIn(String serviceArea);
}
