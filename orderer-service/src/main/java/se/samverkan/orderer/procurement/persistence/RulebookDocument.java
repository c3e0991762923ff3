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

/** Storage shape of a LOV rulebook; dates as ISO text, money as Decimal128. */
@Document(RulebookDocument.COLLECTION)
@CompoundIndex(name = "board_reference", def = "{'boardId': 1, 'reference': 1}", unique = true)
class RulebookDocument {

    static final String COLLECTION = "rulebooks";

    @Id
    String id;
    String boardId;
    String boardOrganisationId;
    String reference;
    String title;
    String serviceArea;
    String openFrom;
    @Field(targetType = FieldType.DECIMAL128)
    BigDecimal estimatedAnnualValueSek;
    String valueLevel;
    String impactLevel;
    String compensation;
    List<RequirementDocument> requirements = new ArrayList<>();
    String closedOn;
    boolean open;
    Instant createdAt;
    int schemaVersion = 1;
    @Version
    Long version;

    static class RequirementDocument {
        String category;
        String text;
        String followUpMethod;
    }
}
