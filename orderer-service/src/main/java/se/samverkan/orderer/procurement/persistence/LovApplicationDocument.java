package se.samverkan.orderer.procurement.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverkan.defaults.messaging.OutboxEntry;

/**
 * Storage shape of a LOV application; its outbox lives inside it. {@code activeKey}
 * (rulebook and provider) is present only while the application is not refused, and unique: a
 * provider holds one place per choice system.
 */
@Document(LovApplicationDocument.COLLECTION)
class LovApplicationDocument {

    static final String COLLECTION = "lov_applications";

    @Id
    String id;
    @Indexed
    String rulebookId;
    String rulebookReference;
    String boardId;
    @Indexed
    String boardOrganisationId;
    String serviceArea;
    String providerId;
    @Indexed
    String providerOrganisationId;
    String providerName;
    String motivation;
    Instant submittedAt;
    String submittedBy;
    String status;
    String decidedOn;
    String startsOn;
    List<String> reasons = new ArrayList<>();
    String decidedBy;
    @Indexed(unique = true, sparse = true)
    String activeKey;
    int schemaVersion = 1;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();
}
