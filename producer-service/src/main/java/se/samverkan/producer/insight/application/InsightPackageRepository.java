package se.samverkan.producer.insight.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.producer.insight.domain.InsightPackage;

/** Port to public-insight package storage. */
public interface InsightPackageRepository {

    void insert(InsightPackage insightPackage);

    /** Stores the change and its events in one write, only if nobody changed it since it was read. */
    boolean update(InsightPackage insightPackage, long readVersion, List<EventEnvelope<?>> events);

    Optional<InsightPackage> find(UUID id);

    /**
     * Packages, optionally of one provider, of one requesting board, of one provider organisation,
     * and only those still missing something after {@code overdueOn} when it is given.
     */
    Page<InsightPackage> list(String providerId, String boardOrganisation, String providerOrganisation,
                              LocalDate overdueOn, Pageable pageable);
}
