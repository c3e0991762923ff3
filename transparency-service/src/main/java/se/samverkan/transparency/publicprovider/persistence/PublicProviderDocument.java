package se.samverkan.transparency.publicprovider.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The public read model of one provider. {@code name} and {@code version} are null until the
 * provider's own registration has arrived (a unit may come first); such a document is not shown.
 */
@Document(PublicProviderDocument.COLLECTION)
class PublicProviderDocument {

    static final String COLLECTION = "public_providers";

    @Id
    String id;
    String name;
    @Indexed
    String sortKey;
    @Indexed
    String legalForm;
    String organisationNumber;
    Long version;
    List<UnitDocument> units = new ArrayList<>();
    Instant updatedAt;
    int schemaVersion = 1;

    static class UnitDocument {
        String unitId;
        String name;
        String serviceArea;
        String area;
        String openedOn;
    }
}
