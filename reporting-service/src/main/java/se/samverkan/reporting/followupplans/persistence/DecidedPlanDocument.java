package se.samverkan.reporting.followupplans.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One board's decided follow-up plan as reporting-service knows it; the newest version wins. */
@Document(DecidedPlanDocument.COLLECTION)
class DecidedPlanDocument {

    static final String COLLECTION = "decided_follow_up_plans";

    @Id
    String id;
    String boardId;
    @Indexed
    String boardOrganisationId;
    @Indexed
    Integer year;
    String decidedOn;
    String decisionReference;
    List<FormCountDocument> itemsPerForm = new ArrayList<>();
    Long version;
    Instant updatedAt;
    int schemaVersion = 1;

    static class FormCountDocument {
        String form;
        long count;
    }
}
