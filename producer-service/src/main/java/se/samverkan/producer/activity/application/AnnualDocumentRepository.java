package se.samverkan.producer.activity.application;

import java.util.List;
import java.util.Optional;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.producer.activity.domain.AnnualDocument;
import se.samverkan.producer.activity.domain.Kind;

/** Port to the providers' yearly documents; one per provider, kind and year. */
public interface AnnualDocumentRepository {

    /**
     * Stores the document with its new version and events in one write: inserted when it is new
     * ({@code readVersion} 0), else only if nobody changed it since it was read. False on a clash.
     */
    boolean save(AnnualDocument document, long readVersion, List<EventEnvelope<?>> events);

    Optional<AnnualDocument> find(String providerId, Kind kind, int year);

    List<AnnualDocument> list(String providerId, Kind kind);
}
