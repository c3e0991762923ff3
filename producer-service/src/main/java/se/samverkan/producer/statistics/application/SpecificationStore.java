package se.samverkan.producer.statistics.application;

import java.util.List;

import se.samverkan.producer.statistics.domain.SpecificationVersion;

/** Port to the read model of the boards' published statistics specifications. */
public interface SpecificationStore {

    /** Keeps the version unless it is there already (a version never changes); false when it was. */
    boolean add(SpecificationVersion version);

    /** Every version of every board's specification for the service area. */
    List<SpecificationVersion> forServiceArea(String serviceArea);
}
