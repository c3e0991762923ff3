package se.samverkan.reporting.strategiccontracts.application;

import java.util.Collection;
import java.util.Map;

import se.samverkan.reporting.strategiccontracts.domain.FindingTally;

/** Port to the findings per agreement, fed by orderer-service's finding events. */
public interface FindingTallyStore {

    void registered(String agreementId, String findingId);

    void planAccepted(String agreementId, String findingId);

    void closed(String agreementId, String findingId);

    /** The tallies of the agreements; an agreement without findings is absent. */
    Map<String, FindingTally> tallies(Collection<String> agreementIds);
}
