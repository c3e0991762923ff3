package se.samverkan.orderer.visit.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Storage shape of a visit; dates as ISO text. The unit, its provider and the board are copied in
 * so lists filter on one collection. {@code visibleToProvider} is the domain's answer kept for
 * queries. No outbox: visits publish no events yet.
 */
@Document(VisitDocument.COLLECTION)
class VisitDocument {

    static final String COLLECTION = "visits";
    static final int SCHEMA_VERSION = 1;

    @Id
    String id;
    @Indexed
    String boardId;
    @Indexed
    String boardOrganisationId;
    @Indexed
    String unitId;
    String unitName;
    String serviceArea;
    @Indexed
    String providerId;
    String providerName;
    @Indexed
    String providerOrganisationId;
    String kind;
    String status;
    boolean visibleToProvider;
    String plannedOn;
    String responsible;
    String purpose;
    boolean seriousComplaint;
    String complaintReceivedOn;
    String complaintSummary;
    String complaintRegisteredBy;
    String complaintRegisteredOn;
    String performedOn;
    String performedBy;
    String outcome;
    String registeredBy;
    Instant createdAt;
    int schemaVersion = SCHEMA_VERSION;
    @Version
    Long version;
}
