package se.samverkan.transparency.publicprovider.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

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
    long version;
    Instant updatedAt;
    int schemaVersion = 1;
}
