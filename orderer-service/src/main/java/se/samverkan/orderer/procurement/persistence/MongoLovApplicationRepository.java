package se.samverkan.orderer.procurement.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
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
import se.samverkan.orderer.procurement.application.LovApplicationRepository;
import se.samverkan.orderer.procurement.domain.LovApplication;

@Repository
class MongoLovApplicationRepository implements LovApplicationRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoLovApplicationRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean insert(LovApplication application) {
        try {
            mongo.insert(toDocument(application));
            return true;
        } catch (DuplicateKeyException activeApplicationExists) {
            return false;
        }
    }

    /** One conditional write of the decision and its events; a refusal frees the provider's place. */
    @Override
    public boolean update(LovApplication application, long readVersion, List<EventEnvelope<?>> events) {
        LovApplicationDocument state = toDocument(application);
        Update update = new Update()
                .set("status", state.status)
                .set("decidedOn", state.decidedOn)
                .set("startsOn", state.startsOn)
                .set("reasons", state.reasons)
                .set("decidedBy", state.decidedBy)
                .inc("version", 1);
        if (state.activeKey == null) {
            update.unset("activeKey");
        }
        if (!events.isEmpty()) {
            update.push("outbox").each(events.stream().map(outbox::entry).toArray());
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(state.id).and("version").is(readVersion)),
                update, LovApplicationDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<LovApplication> find(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), LovApplicationDocument.class))
                .map(MongoLovApplicationRepository::toDomain);
    }

    @Override
    public Page<LovApplication> list(String rulebookId, LovApplication.Status status, String boardOrganisation,
                                     String providerOrganisation, Pageable pageable) {
        Query query = new Query();
        if (rulebookId != null) {
            query.addCriteria(Criteria.where("rulebookId").is(rulebookId));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status.name()));
        }
        if (boardOrganisation != null) {
            query.addCriteria(Criteria.where("boardOrganisationId").is(boardOrganisation));
        }
        if (providerOrganisation != null) {
            query.addCriteria(Criteria.where("providerOrganisationId").is(providerOrganisation));
        }
        List<LovApplication> content = mongo.find(Query.of(query).with(pageable), LovApplicationDocument.class)
                .stream().map(MongoLovApplicationRepository::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(query, LovApplicationDocument.class));
    }

    private static LovApplicationDocument toDocument(LovApplication application) {
        LovApplicationDocument d = new LovApplicationDocument();
        d.id = application.id().toString();
        LovApplication.RulebookRef rulebook = application.rulebook();
        d.rulebookId = rulebook.rulebookId();
        d.rulebookReference = rulebook.reference();
        d.boardId = rulebook.boardId();
        d.boardOrganisationId = rulebook.boardOrganisationId();
        d.serviceArea = rulebook.serviceArea();
        d.providerId = application.applicant().providerId();
        d.providerOrganisationId = application.applicant().organisationId();
        d.providerName = application.applicant().name();
        d.motivation = application.motivation();
        d.submittedAt = application.submittedAt();
        d.submittedBy = application.submittedBy();
        d.status = application.status().name();
        application.decision().ifPresent(decision -> {
            d.decidedOn = decision.decidedOn().toString();
            d.startsOn = decision.startsOn() == null ? null : decision.startsOn().toString();
            d.reasons = new ArrayList<>(decision.reasons());
            d.decidedBy = decision.decidedBy();
        });
        d.activeKey = application.active() ? rulebook.rulebookId() + ":" + d.providerId : null;
        d.version = application.version() == 0 ? null : application.version();
        return d;
    }

    private static LovApplication toDomain(LovApplicationDocument d) {
        LovApplication.Decision decision = d.decidedOn == null ? null : new LovApplication.Decision(
                LocalDate.parse(d.decidedOn), d.startsOn == null ? null : LocalDate.parse(d.startsOn),
                d.reasons == null ? List.of() : d.reasons, d.decidedBy);
        return LovApplication.restore(UUID.fromString(d.id), new LovApplication.RulebookRef(d.rulebookId,
                        d.rulebookReference, d.boardId, d.boardOrganisationId, d.serviceArea),
                new LovApplication.Applicant(d.providerId, d.providerOrganisationId, d.providerName), d.motivation,
                d.submittedAt, d.submittedBy, LovApplication.Status.valueOf(d.status), decision,
                d.version == null ? 0 : d.version);
    }

    @Configuration(proxyBeanMethods = false)
    static class LovApplicationPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in application documents. */
        @Bean
        Outbox.Collection lovApplicationsOutbox() {
            return new Outbox.Collection(LovApplicationDocument.COLLECTION);
        }
    }
}
