package se.samverkan.orderer.escalation.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.orderer.escalation.domain.Escalation;

/** Port to escalation storage; one document per escalation. */
public interface EscalationRepository {

    void insert(Escalation escalation);

    boolean update(Escalation escalation, long readVersion);

    Optional<Escalation> find(UUID id);

    /** Escalations, narrowed to one board's or one provider's when those are given. */
    Page<Escalation> list(String agreementId, String boardOrganisation, String providerOrganisation, Pageable pageable);
}
