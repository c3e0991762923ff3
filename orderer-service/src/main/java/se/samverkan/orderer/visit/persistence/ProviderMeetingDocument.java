package se.samverkan.orderer.visit.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Storage shape of a provider meeting; dates as ISO text. {@code term} is kept for queries. */
@Document(ProviderMeetingDocument.COLLECTION)
class ProviderMeetingDocument {

    static final String COLLECTION = "provider_meetings";
    static final int SCHEMA_VERSION = 1;

    @Id
    String id;
    @Indexed
    String boardId;
    @Indexed
    String boardOrganisationId;
    @Indexed
    String serviceArea;
    String plannedOn;
    String agenda;
    String heldOn;
    boolean held;
    /** The day that decides the term: held on, else planned on. */
    @Indexed
    String meetingOn;
    List<String> participants = new ArrayList<>();
    String notes;
    String registeredBy;
    Instant createdAt;
    int schemaVersion = SCHEMA_VERSION;
    @Version
    Long version;
}
