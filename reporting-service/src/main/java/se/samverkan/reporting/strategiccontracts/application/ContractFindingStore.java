package se.samverkan.reporting.strategiccontracts.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import se.samverkan.reporting.strategiccontracts.domain.ContractFinding;

/**
 * Port to the findings of each agreement with their content, one document per finding. Every
 * write sets only the facts its event carries, so writes commute: repeated and late events leave
 * the same finding.
 */
public interface ContractFindingStore {

    void registered(String findingId, String agreementId, ContractFinding.Registration registration);

    void planSubmitted(String findingId, String agreementId, int planNumber, String analysis,
                       List<ContractFinding.Action> actions, String submittedOn);

    void planDecided(String findingId, String agreementId, int planNumber, String decision, String reason,
                     String decidedOn);

    void closed(String findingId, String agreementId, String closedOn, String note);

    /** Every finding known of each agreement; an agreement without any is absent. */
    Map<String, List<ContractFinding>> ofAgreements(Collection<String> agreementIds);
}
