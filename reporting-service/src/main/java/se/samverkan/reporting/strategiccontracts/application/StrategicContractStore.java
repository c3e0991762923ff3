package se.samverkan.reporting.strategiccontracts.application;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.reporting.strategiccontracts.domain.StrategicContract;

/** Port to the read model of signed agreements, one document per agreement. */
public interface StrategicContractStore {

    /**
     * Stores what the signing says unless a signing at least as new is stored or this event was
     * applied already; keeps a termination that arrived first. Answers whether it was stored.
     */
    boolean saveSigned(StrategicContract signed, long version, String eventId);

    /** Marks the agreement ended unless a termination at least as new is stored or this event was applied already. */
    boolean saveTermination(String agreementId, String terminatedOn, String reason, long version, String eventId);

    /** Strategic agreements whose signing has arrived, narrowed by the filter's non-null fields. */
    Page<StrategicContract> listStrategic(Filter filter, Pageable pageable);

    /** Every agreement whose signing has arrived, strategic or not, with its termination if any. */
    List<StrategicContract> allSigned();

    /** Every strategic agreement whose signing has arrived, narrowed by the filter's non-null fields. */
    List<StrategicContract> allStrategic(Filter filter);

    /**
     * @param active null for all, true for those not terminated, false for the terminated ones
     */
    record Filter(String boardOrganisationId, String providerOrganisationId, String serviceArea, Boolean active) {
    }
}
