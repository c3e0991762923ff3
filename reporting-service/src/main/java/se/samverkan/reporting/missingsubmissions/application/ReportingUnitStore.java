package se.samverkan.reporting.missingsubmissions.application;

import java.util.List;

import se.samverkan.reporting.missingsubmissions.domain.ReportingUnit;
import se.samverkan.reporting.missingsubmissions.domain.SpecificationVersion;

/**
 * Port to what missing-submission tracking keeps of its own: the providers' units and the
 * boards' specification versions. Every write sets only facts that do not change once
 * published, so repeated and late events leave the same state.
 */
public interface ReportingUnitStore {

    /** The unit as it opened (or as a closing or snapshot describes it). */
    void unitKnown(ReportingUnit unit);

    /** Keeps a specification version once; answers false when it was known already. */
    boolean addSpecification(SpecificationVersion version);

    List<ReportingUnit> units();

    List<SpecificationVersion> specifications();
}
