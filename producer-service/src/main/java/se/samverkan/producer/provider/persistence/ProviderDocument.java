package se.samverkan.producer.provider.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import se.samverkan.defaults.messaging.OutboxEntry;

/** Storage shape of a provider; the outbox of its unpublished events lives inside it. */
@Document(ProviderDocument.COLLECTION)
class ProviderDocument {

    static final String COLLECTION = "providers";
    static final int SCHEMA_VERSION = 1;

    @Id
    String id;
    String name;
    String legalForm;
    /** Unique where present; a sole trader has none (MongoProviderRepository keeps the sparse index). */
    String organisationNumber;
    /** The org claim of the provider's users; sparse, as documents from before it was kept lack it. */
    @Indexed(unique = true, sparse = true)
    String organisationId;
    Instant registeredAt;
    List<UnitDocument> units = new ArrayList<>();
    int schemaVersion = SCHEMA_VERSION;
    @Version
    Long version;
    List<OutboxEntry> outbox = new ArrayList<>();

    /** A unit inside its provider's document; dates as ISO-8601 text so no time zone creeps in. */
    List<ContactDocument> contacts = new ArrayList<>();

    static class UnitDocument {
        String id;
        String name;
        String serviceArea;
        String area;
        String openedOn;
        String address;
        Integer capacity;
        String closedOn;
        String closingReason;
    }

    static class ContactDocument {
        String name;
        String role;
        String email;
        String phone;
    }
}
