package se.samverkan.orderer.goal.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverkan.defaults.messaging.OutboxEntry;

/** Storage shape of the council goals of one mandate period, whose text is the id; the outbox lives inside. */
@Document(CouncilGoalsDocument.COLLECTION)
class CouncilGoalsDocument {

    static final String COLLECTION = "councilGoals";
    static final int SCHEMA_VERSION = 1;

    /** The mandate period, {@code 2023-2026}: one document per period. */
    @Id
    String id;
    int firstYear;
    String vision;
    String councilProgramme;
    List<GoalDocument> goals = new ArrayList<>();
    Instant adoptedAt;
    Instant revisedAt;
    int schemaVersion = SCHEMA_VERSION;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();

    static class GoalDocument {
        String id;
        int number;
        String title;
        String description;
        String goalArea;
    }
}
