package se.samverkan.orderer.procurement.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import se.samverkan.defaults.messaging.OutboxEntry;

/** Storage shape of a tender with its bids, award and outbox; dates as ISO text, money as Decimal128. */
@Document(TenderDocument.COLLECTION)
@CompoundIndex(name = "board_reference", def = "{'boardId': 1, 'reference': 1}", unique = true)
class TenderDocument {

    static final String COLLECTION = "tenders";

    @Id
    String id;
    String boardId;
    String boardOrganisationId;
    String reference;
    String title;
    String law;
    String serviceArea;
    String bidDeadline;
    String contractStartsOn;
    String contractEndsOn;
    @Field(targetType = FieldType.DECIMAL128)
    BigDecimal estimatedAnnualValueSek;
    String valueLevel;
    String impactLevel;
    int priceWeightPercent;
    List<RulebookDocument.RequirementDocument> requirements = new ArrayList<>();
    List<BidDocument> bids = new ArrayList<>();
    boolean evaluated;
    String awardedBidId;
    String awardedOn;
    String standstillEndsOn;
    String concludedOn;
    String status;
    Instant createdAt;
    int schemaVersion = 1;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();

    static class BidDocument {
        String id;
        String providerId;
        String providerOrganisationId;
        String providerName;
        @Field(targetType = FieldType.DECIMAL128)
        BigDecimal annualPriceSek;
        String description;
        Instant submittedAt;
        Integer qualityScore;
    }
}
