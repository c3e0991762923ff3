package se.samverkan.orderer.finding.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverkan.defaults.messaging.OutboxEntry;

/**
 * Storage shape of a finding with every plan, note and its closure; dates as ISO text. The
 * agreement's board and provider are copied in so lists filter on one collection.
 * {@code overdueAfter} is the domain's answer kept for queries: overdue when before today.
 * Its outbox lives inside it.
 */
@Document(FindingDocument.COLLECTION)
class FindingDocument {

    static final String COLLECTION = "findings";
    static final int SCHEMA_VERSION = 1;

    @Id
    String id;
    @Indexed
    String agreementId;
    String agreementTitle;
    @Indexed
    String boardId;
    @Indexed
    String boardOrganisationId;
    @Indexed
    String providerId;
    String providerName;
    @Indexed
    String providerOrganisationId;
    boolean strategic;
    String requirementId;
    String requirementCategory;
    String requirementText;
    String evidence;
    String evidenceSource;
    String observedOn;
    String severity;
    int severityRank;
    String goalImpact;
    String registeredBy;
    String registeredOn;
    String planDueOn;
    @Indexed
    String status;
    @Indexed
    String overdueAfter;
    List<PlanDocument> plans = new ArrayList<>();
    List<NoteDocument> notes = new ArrayList<>();
    String closingNote;
    String closedBy;
    String closedOn;
    Instant createdAt;
    int schemaVersion = SCHEMA_VERSION;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();

    static class PlanDocument {
        int number;
        String analysis;
        List<ActionDocument> actions = new ArrayList<>();
        String submittedBy;
        String submittedOn;
        String decision;
        String reason;
        String decidedBy;
        String decidedOn;
        String newPlanDueOn;
    }

    static class ActionDocument {
        String id;
        String description;
        String responsible;
        String dueOn;
        String expectedEffect;
        String status;
        String progressNote;
        String reportedBy;
        String reportedOn;
    }

    static class NoteDocument {
        String text;
        String recordedBy;
        String recordedOn;
    }
}
