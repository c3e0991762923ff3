package se.samverkan.producer.insight.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.defaults.messaging.Outbox;
import se.samverkan.producer.insight.application.InsightPackageRepository;
import se.samverkan.producer.insight.domain.InsightPackage;

@Repository
class MongoInsightPackageRepository implements InsightPackageRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoInsightPackageRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public void insert(InsightPackage insightPackage) {
        mongo.insert(toDocument(insightPackage));
    }

    @Override
    public boolean update(InsightPackage insightPackage, long readVersion, List<EventEnvelope<?>> events) {
        InsightPackageDocument state = toDocument(insightPackage);
        Update update = new Update().set("items", state.items).set("complete", state.complete).inc("version", 1);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.stream().map(outbox::entry).toArray());
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(state.id).and("version").is(readVersion)),
                update, InsightPackageDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<InsightPackage> find(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), InsightPackageDocument.class))
                .map(MongoInsightPackageRepository::toDomain);
    }

    @Override
    public Page<InsightPackage> list(String providerId, String boardOrganisation, String providerOrganisation,
                                     LocalDate overdueOn, Pageable pageable) {
        Query query = new Query();
        if (providerId != null) {
            query.addCriteria(Criteria.where("providerId").is(providerId));
        }
        if (boardOrganisation != null) {
            query.addCriteria(Criteria.where("boardOrganisationId").is(boardOrganisation));
        }
        if (providerOrganisation != null) {
            query.addCriteria(Criteria.where("providerOrganisationId").is(providerOrganisation));
        }
        if (overdueOn != null) {
            query.addCriteria(Criteria.where("complete").is(false).and("dueOn").lt(overdueOn.toString()));
        }
        List<InsightPackage> content = mongo.find(Query.of(query).with(pageable), InsightPackageDocument.class)
                .stream().map(MongoInsightPackageRepository::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(query, InsightPackageDocument.class));
    }

    private static InsightPackageDocument toDocument(InsightPackage p) {
        InsightPackageDocument d = new InsightPackageDocument();
        d.id = p.id().toString();
        d.providerId = p.providerId();
        d.providerOrganisationId = p.providerOrganisationId();
        d.boardOrganisationId = p.boardOrganisationId();
        d.agreementId = p.agreementId();
        d.title = p.title();
        d.requestedOn = p.requestedOn().toString();
        d.dueOn = p.dueOn().toString();
        d.requestedBy = p.requestedBy();
        d.complete = p.status() == InsightPackage.Status.DELIVERED;
        for (InsightPackage.Item item : p.items()) {
            InsightPackageDocument.ItemDocument i = new InsightPackageDocument.ItemDocument();
            i.id = item.id().toString();
            i.description = item.description();
            i.content = item.content();
            i.deliveredOn = item.deliveredOn() == null ? null : item.deliveredOn().toString();
            i.deliveredBy = item.deliveredBy();
            d.items.add(i);
        }
        d.createdAt = p.createdAt();
        d.version = p.version() == 0 ? null : p.version();
        return d;
    }

    private static InsightPackage toDomain(InsightPackageDocument d) {
        return InsightPackage.restore(UUID.fromString(d.id), d.providerId, d.providerOrganisationId,
                d.boardOrganisationId, d.agreementId, d.title, LocalDate.parse(d.requestedOn), LocalDate.parse(d.dueOn),
                d.requestedBy, d.items.stream().map(i -> new InsightPackage.Item(UUID.fromString(i.id), i.description,
                        i.content, i.deliveredOn == null ? null : LocalDate.parse(i.deliveredOn), i.deliveredBy))
                        .toList(), d.createdAt, d.version == null ? 0 : d.version);
    }

    @Configuration(proxyBeanMethods = false)
    static class InsightPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in insight packages. */
        @Bean
        Outbox.Collection insightPackagesOutbox() {
            return new Outbox.Collection(InsightPackageDocument.COLLECTION);
        }
    }
}
