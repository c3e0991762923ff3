package se.samverkan.producer.activity.persistence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.defaults.messaging.Outbox;
import se.samverkan.producer.activity.application.AnnualDocumentRepository;
import se.samverkan.producer.activity.domain.AnnualDocument;
import se.samverkan.producer.activity.domain.Kind;

@Repository
class MongoAnnualDocumentRepository implements AnnualDocumentRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoAnnualDocumentRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean save(AnnualDocument document, long readVersion, List<EventEnvelope<?>> events) {
        AnnualDocumentDocument state = toDocument(document);
        if (readVersion == 0) {
            events.forEach(event -> state.outbox.add(outbox.entry(event)));
            try {
                mongo.insert(state);
                return true;
            } catch (DuplicateKeyException submittedMeanwhile) {
                return false;
            }
        }
        Update update = new Update().set("versions", state.versions).set("revision", state.revision);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.stream().map(outbox::entry).toArray());
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(state.id).and("revision").is(readVersion)),
                update, AnnualDocumentDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<AnnualDocument> find(String providerId, Kind kind, int year) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("providerId").is(providerId)
                        .and("kind").is(kind.name()).and("year").is(year)), AnnualDocumentDocument.class))
                .map(MongoAnnualDocumentRepository::toDomain);
    }

    @Override
    public List<AnnualDocument> list(String providerId, Kind kind) {
        return mongo.find(Query.query(Criteria.where("providerId").is(providerId).and("kind").is(kind.name()))
                        .with(Sort.by(Sort.Direction.DESC, "year")), AnnualDocumentDocument.class).stream()
                .map(MongoAnnualDocumentRepository::toDomain).toList();
    }

    private static AnnualDocumentDocument toDocument(AnnualDocument document) {
        AnnualDocumentDocument d = new AnnualDocumentDocument();
        d.id = document.id().toString();
        d.providerId = document.providerId();
        d.providerOrganisationId = document.providerOrganisationId();
        d.kind = document.kind().name();
        d.year = document.year();
        for (AnnualDocument.Version version : document.versions()) {
            AnnualDocumentDocument.VersionDocument v = new AnnualDocumentDocument.VersionDocument();
            v.number = version.number();
            document.kind().sections().forEach(section -> v.sections.put(section.name(),
                    version.sections().get(section)));
            v.submittedAt = version.submittedAt();
            v.submittedBy = version.submittedBy();
            d.versions.add(v);
        }
        d.revision = document.version();
        return d;
    }

    private static AnnualDocument toDomain(AnnualDocumentDocument d) {
        List<AnnualDocument.Version> versions = d.versions.stream().map(v -> {
            Map<Kind.Section, String> sections = new EnumMap<>(Kind.Section.class);
            v.sections.forEach((name, text) -> sections.put(Kind.Section.valueOf(name), text));
            return new AnnualDocument.Version(v.number, sections, v.submittedAt, v.submittedBy);
        }).toList();
        return AnnualDocument.restore(UUID.fromString(d.id), d.providerId, d.providerOrganisationId,
                Kind.valueOf(d.kind), d.year, versions, d.revision);
    }

    @Configuration(proxyBeanMethods = false)
    static class ActivityPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in the yearly documents. */
        @Bean
        Outbox.Collection activityDocumentsOutbox() {
            return new Outbox.Collection(AnnualDocumentDocument.COLLECTION);
        }
    }
}
