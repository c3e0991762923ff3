package se.samverkan.producer.provider.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.defaults.messaging.Outbox;
import se.samverkan.producer.provider.application.ProviderRepository;
import se.samverkan.producer.provider.domain.Contact;
import se.samverkan.producer.provider.domain.LegalForm;
import se.samverkan.producer.provider.domain.OrganisationNumber;
import se.samverkan.producer.provider.domain.Provider;
import se.samverkan.producer.provider.domain.ProviderId;
import se.samverkan.producer.provider.domain.ServiceArea;
import se.samverkan.producer.provider.domain.Unit;

@Repository
class MongoProviderRepository implements ProviderRepository {

    static final String ORGANISATION_NUMBER_INDEX = "organisationNumber";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoProviderRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /**
     * The organisation number is unique among the providers that have one; a sole trader has
     * none, so the index is sparse. Databases from before sole traders were kept without a
     * number have a unique index that is not sparse: it is replaced, before any request is served.
     */
    @PostConstruct
    void organisationNumberIsUniqueWherePresent() {
        IndexOperations indexes = mongo.indexOps(ProviderDocument.class);
        for (IndexInfo index : indexes.getIndexInfo()) {
            if (index.getName().equals(ORGANISATION_NUMBER_INDEX) && !index.isSparse()) {
                indexes.dropIndex(ORGANISATION_NUMBER_INDEX);
            }
        }
        indexes.createIndex(new Index("organisationNumber", Sort.Direction.ASC).named(ORGANISATION_NUMBER_INDEX)
                .unique().sparse());
    }

    @Override
    public boolean existsByOrganisationNumber(OrganisationNumber number) {
        return mongo.exists(Query.query(Criteria.where("organisationNumber").is(number.value())), ProviderDocument.class);
    }

    @Override
    public boolean existsByOrganisationId(String organisationId) {
        return mongo.exists(Query.query(Criteria.where("organisationId").is(organisationId)), ProviderDocument.class);
    }

    @Override
    public boolean insert(Provider provider, List<EventEnvelope<?>> events) {
        ProviderDocument document = new ProviderDocument();
        document.id = provider.id().toString();
        document.name = provider.name();
        document.legalForm = provider.legalForm().name();
        document.organisationNumber = provider.organisationNumber().map(OrganisationNumber::value).orElse(null);
        document.organisationId = provider.organisationId();
        document.registeredAt = provider.registeredAt();
        document.units = units(provider);
        document.contacts = contacts(provider);
        events.forEach(event -> document.outbox.add(outbox.entry(event)));
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * One conditional write: it matches only the version that was read, sets the new state and
     * appends the events to the outbox without touching entries the relay is draining.
     */
    @Override
    public boolean update(Provider provider, long readVersion, List<EventEnvelope<?>> events) {
        Query unchanged = Query.query(Criteria.where("_id").is(provider.id().toString()).and("version").is(readVersion));
        Update update = new Update()
                .set("name", provider.name())
                .set("legalForm", provider.legalForm().name())
                .set("units", units(provider))
                .set("contacts", contacts(provider))
                .set("schemaVersion", ProviderDocument.SCHEMA_VERSION)
                .inc("version", 1)
                .push("outbox").each(events.stream().map(outbox::entry).toArray());
        return mongo.updateFirst(unchanged, update, ProviderDocument.class).getMatchedCount() == 1;
    }

    @Override
    public void appendEvents(ProviderId id, List<EventEnvelope<?>> events) {
        // By collection name, so Spring Data does not raise the version: the provider itself is unchanged.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.toString())),
                new Update().push("outbox").each(events.stream().map(outbox::entry).toArray()),
                ProviderDocument.COLLECTION);
    }

    private static List<ProviderDocument.ContactDocument> contacts(Provider provider) {
        return provider.contacts().stream().map(contact -> {
            ProviderDocument.ContactDocument document = new ProviderDocument.ContactDocument();
            document.name = contact.name();
            document.role = contact.role();
            document.email = contact.email();
            document.phone = contact.phone();
            return document;
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    private static List<ProviderDocument.UnitDocument> units(Provider provider) {
        return provider.units().stream().map(unit -> {
            ProviderDocument.UnitDocument document = new ProviderDocument.UnitDocument();
            document.id = unit.id().toString();
            document.name = unit.name();
            document.serviceArea = unit.serviceArea().name();
            document.area = unit.area();
            document.openedOn = unit.openedOn().toString();
            document.address = unit.address();
            document.capacity = unit.capacity();
            document.closedOn = unit.closedOn() == null ? null : unit.closedOn().toString();
            document.closingReason = unit.closingReason();
            return document;
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    @Override
    public Optional<Provider> find(ProviderId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), ProviderDocument.class)).map(this::toDomain);
    }

    @Override
    public Page<Provider> list(OrganisationNumber organisationNumber, String organisationId, Pageable pageable) {
        Query filter = new Query();
        if (organisationNumber != null) {
            filter.addCriteria(Criteria.where("organisationNumber").is(organisationNumber.value()));
        }
        if (organisationId != null) {
            filter.addCriteria(Criteria.where("organisationId").is(organisationId));
        }
        List<Provider> content = mongo.find(Query.of(filter).with(pageable), ProviderDocument.class).stream()
                .map(this::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(filter, ProviderDocument.class));
    }

    private Provider toDomain(ProviderDocument document) {
        List<Unit> units = document.units == null ? List.of() : document.units.stream()
                .map(unit -> new Unit(UUID.fromString(unit.id), unit.name, ServiceArea.valueOf(unit.serviceArea),
                        unit.area, LocalDate.parse(unit.openedOn), unit.address, unit.capacity,
                        unit.closedOn == null ? null : LocalDate.parse(unit.closedOn), unit.closingReason))
                .toList();
        return Provider.restore(ProviderId.parse(document.id).orElseThrow(), document.name,
                LegalForm.valueOf(document.legalForm),
                document.organisationNumber == null ? null : new OrganisationNumber(document.organisationNumber),
                document.organisationId != null ? document.organisationId : Provider.organisationIdFrom(document.name),
                document.registeredAt, units, document.contacts == null ? List.of() : document.contacts.stream()
                        .map(c -> new Contact(c.name, c.role, c.email, c.phone)).toList(),
                document.version == null ? 0 : document.version);
    }

    @Configuration(proxyBeanMethods = false)
    static class ProviderPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in provider documents. */
        @Bean
        Outbox.Collection providersOutbox() {
            return new Outbox.Collection(ProviderDocument.COLLECTION);
        }
    }
}
