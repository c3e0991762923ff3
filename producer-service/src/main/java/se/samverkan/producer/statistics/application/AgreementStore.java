package se.samverkan.producer.statistics.application;

import java.time.LocalDate;
import java.util.List;

import se.samverkan.producer.statistics.domain.Agreement;

/** Port to the read model of the providers' signed agreements. Writes are idempotent and order-tolerant. */
public interface AgreementStore {

    /** Stores the signing unless this event or a signing at this version or newer is there; false then. */
    boolean saveSigned(Agreement agreement, long version, String eventId);

    /** Stores the termination unless this event or a termination at this version or newer is there; false then. */
    boolean saveTermination(String agreementId, String providerId, LocalDate terminatedOn, long version, String eventId);

    /** The provider's signed agreements (a termination whose signing has not arrived is left out). */
    List<Agreement> ofProvider(String providerId);
}
