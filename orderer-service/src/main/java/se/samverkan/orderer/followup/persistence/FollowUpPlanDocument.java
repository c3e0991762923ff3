package se.samverkan.orderer.followup.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverkan.defaults.messaging.OutboxEntry;

/** Storage shape of a follow-up plan; one per board and year; its outbox lives inside it. */
@Document(FollowUpPlanDocument.COLLECTION)
@CompoundIndex(name = "board_year", def = "{'boardId': 1, 'year': 1}", unique = true)
class FollowUpPlanDocument {

    static final String COLLECTION = "follow_up_plans";
    static final int SCHEMA_VERSION = 1;

    @Id
    String id;
    String boardId;
    String boardOrganisationId;
    int year;
    List<ItemDocument> items = new ArrayList<>();
    boolean decided;
    String decidedOn;
    String decisionReference;
    Instant createdAt;
    int schemaVersion = SCHEMA_VERSION;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();

    static class ItemDocument {
        String id;
        String providerId;
        String providerName;
        String what;
        String form;
        String responsible;
        String interval;
        List<String> feedbackTo = new ArrayList<>();
        String cause;
    }
}
