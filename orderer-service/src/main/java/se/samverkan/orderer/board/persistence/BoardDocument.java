package se.samverkan.orderer.board.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverkan.defaults.messaging.OutboxEntry;

/** Storage shape of a board; its outbox holds the events of its registration until the relay has published them. */
@Document(BoardDocument.COLLECTION)
class BoardDocument {

    static final String COLLECTION = "boards";

    @Id
    String id;
    String name;
    @Indexed(unique = true)
    String nameKey;
    @Indexed(unique = true)
    String shortName;
    List<ServiceAreaDocument> serviceAreas = new ArrayList<>();
    Instant createdAt;
    int schemaVersion = 1;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();

    static class ServiceAreaDocument {
        String serviceArea;
        String responsibleOfficial;
    }
}
