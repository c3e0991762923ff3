package se.samverkan.orderer.escalation.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Storage shape of an escalation; dates as ISO text. */
@Document(EscalationDocument.COLLECTION)
class EscalationDocument {

    static final String COLLECTION = "escalations";

    @Id
    String id;
    @Indexed
    String agreementId;
    String boardId;
    @Indexed
    String boardOrganisationId;
    String providerId;
    @Indexed
    String providerOrganisationId;
    String topic;
    String description;
    String raisedBy;
    String raisedByUser;
    Instant raisedAt;
    List<DecisionDocument> decisions = new ArrayList<>();
    int schemaVersion = 1;
    @Version
    Long version;

    static class DecisionDocument {
        String level;
        String outcome;
        String text;
        String reference;
        String decidedOn;
        String recordedBy;
    }
}
