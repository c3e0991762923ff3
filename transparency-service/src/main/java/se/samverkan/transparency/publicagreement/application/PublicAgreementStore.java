package se.samverkan.transparency.publicagreement.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import se.samverkan.transparency.publicagreement.domain.PublicAgreement;

/** Port to the public agreement read model. */
public interface PublicAgreementStore {

    /**
     * Stores the signed agreement's fields (not its termination) unless a version at least as new is
     * stored or this event was applied already; works when the termination arrived first. Answers
     * whether it was stored.
     */
    boolean saveSignedIfNewer(PublicAgreement signed, String eventId);

    /**
     * Records the termination unless one at least as new is stored or this event was applied already;
     * works before the signing arrived. Answers whether it was stored.
     */
    boolean saveTerminationIfNewer(String agreementId, String boardId, String providerId,
                                   PublicAgreement.Termination termination, String eventId);

    /** The provider's agreements whose signing has arrived. */
    List<PublicAgreement> ofProvider(String providerId);

    /** Every agreement whose signing has arrived. */
    List<PublicAgreement> all();

    /** When the read model last changed, if it holds anything. */
    Optional<Instant> lastChange();
}
