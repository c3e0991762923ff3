package se.samverkan.reporting.boards.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One orderer board as reporting-service knows it; the id is orderer-service's board id, the newest version wins. */
@Document(KnownBoardDocument.COLLECTION)
class KnownBoardDocument {

    static final String COLLECTION = "boards";

    @Id
    String id;
    @Indexed
    String organisationId;
    String shortName;
    String name;
    Long version;
    Instant updatedAt;
    int schemaVersion = 1;
}
