package se.samverkan.producer.activity.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverkan.defaults.messaging.OutboxEntry;

/** Storage shape of a provider's activity plan or report for a year, every version kept; its outbox inside. */
@Document(AnnualDocumentDocument.COLLECTION)
@CompoundIndex(name = "provider_kind_year", def = "{'providerId': 1, 'kind': 1, 'year': 1}", unique = true)
class AnnualDocumentDocument {

    static final String COLLECTION = "activity_documents";

    @Id
    String id;
    String providerId;
    String providerOrganisationId;
    String kind;
    int year;
    List<VersionDocument> versions = new ArrayList<>();
    int schemaVersion = 1;
    /** The number of versions submitted; every write matches the revision it read. */
    long revision;
    List<OutboxEntry> outbox = new ArrayList<>();

    static class VersionDocument {
        int number;
        Map<String, String> sections = new LinkedHashMap<>();
        Instant submittedAt;
        String submittedBy;
    }
}
