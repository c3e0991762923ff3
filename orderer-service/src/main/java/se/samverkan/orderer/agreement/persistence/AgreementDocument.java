package se.samverkan.orderer.agreement.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import se.samverkan.defaults.messaging.OutboxEntry;

/** Storage shape of an agreement; dates as ISO text, money as Decimal128; its outbox lives inside it. */
@Document(AgreementDocument.COLLECTION)
class AgreementDocument {

    static final String COLLECTION = "agreements";
    static final int SCHEMA_VERSION = 1;

    @Id
    String id;
    @Indexed
    String boardId;
    @Indexed
    String boardOrganisationId;
    String route;
    String serviceArea;
    @Indexed
    String providerId;
    String providerName;
    String providerLegalForm;
    @Indexed
    String providerOrganisationId;
    long providerVersion;
    String title;
    String startsOn;
    String endsOn;
    @Field(targetType = FieldType.DECIMAL128)
    BigDecimal annualValueSek;
    String valueLevel;
    String impactLevel;
    boolean strategic;
    String contractManager;
    String rulebookReference;
    String tenderReference;
    String awardedOn;
    String standstillEndsOn;
    List<RequirementDocument> requirements = new ArrayList<>();
    Map<String, StepDocument> directOrderSteps = new LinkedHashMap<>();
    String status;
    String signedOn;
    String terminatedOn;
    String terminationReason;
    Instant createdAt;
    int schemaVersion = SCHEMA_VERSION;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();

    /** The other boards the contract spans, each with its part; absent on agreements of one board. */
    List<BoardPartDocument> boardParts = new ArrayList<>();

    static class BoardPartDocument {
        String boardId;
        String boardOrganisationId;
        String boardName;
        String part;
    }

    static class RequirementDocument {
        String id;
        String category;
        String text;
        String followUpMethod;
    }

    static class StepDocument {
        String recordedBy;
        String on;
        String reference;
    }
}
