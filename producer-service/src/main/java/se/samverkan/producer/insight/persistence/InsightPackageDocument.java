package se.samverkan.producer.insight.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverkan.defaults.messaging.OutboxEntry;

/**
 * Storage shape of a public-insight package; dates as ISO text. {@code complete} is kept with
 * every write so overdue packages are found with an index.
 */
@Document(InsightPackageDocument.COLLECTION)
class InsightPackageDocument {

    static final String COLLECTION = "insight_packages";

    @Id
    String id;
    @Indexed
    String providerId;
    @Indexed
    String providerOrganisationId;
    @Indexed
    String boardOrganisationId;
    String agreementId;
    String title;
    String requestedOn;
    String dueOn;
    String requestedBy;
    boolean complete;
    List<ItemDocument> items = new ArrayList<>();
    Instant createdAt;
    int schemaVersion = 1;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();

    static class ItemDocument {
        String id;
        String description;
        String content;
        String deliveredOn;
        String deliveredBy;
    }
}
