package se.samverkan.orderer.procurement.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.orderer.procurement.domain.LovApplication;

/** Port to LOV application storage; a provider has one active application per rulebook. */
public interface LovApplicationRepository {

    /** Stores a new application; false when the provider has an active one under the rulebook. */
    boolean insert(LovApplication application);

    /** Stores the decision and its events in one write, only if nobody changed it since it was read. */
    boolean update(LovApplication application, long readVersion, List<EventEnvelope<?>> events);

    Optional<LovApplication> find(UUID id);

    /** Applications, optionally of one rulebook and status, limited to one board or provider organisation if given. */
    Page<LovApplication> list(String rulebookId, LovApplication.Status status, String boardOrganisation,
                              String providerOrganisation, Pageable pageable);
}
