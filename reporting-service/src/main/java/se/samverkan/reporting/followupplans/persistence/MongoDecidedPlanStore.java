package se.samverkan.reporting.followupplans.persistence;

import java.time.Clock;
import java.util.List;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.reporting.followupplans.application.DecidedPlanStore;
import se.samverkan.reporting.followupplans.domain.DecidedPlan;
import se.samverkan.reporting.followupplans.domain.FormCount;

@Repository
class MongoDecidedPlanStore implements DecidedPlanStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoDecidedPlanStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A conditional upsert keyed by the plan: a redelivered or older event collides on the id and changes nothing. */
    @Override
    public boolean saveIfNewer(DecidedPlan plan, long version, String eventId) {
        Query olderOrMissing = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(plan.planId())
                .and("version").lt(version), eventId));
        Update update = new Update()
                .set("boardId", plan.boardId())
                .set("boardOrganisationId", plan.boardOrganisationId())
                .set("year", plan.year())
                .set("decidedOn", plan.decidedOn())
                .set("decisionReference", plan.decisionReference())
                .set("itemsPerForm", plan.itemsPerForm().stream()
                        .map(count -> new Document("form", count.form()).append("count", count.count())).toList())
                .set("version", version)
                .set("updatedAt", clock.instant())
                .set("schemaVersion", 1);
        ProcessedEvents.record(update, eventId);
        try {
            mongo.upsert(olderOrMissing, update, DecidedPlanDocument.class);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    @Override
    public List<DecidedPlan> ofYear(int year, String boardOrganisationId) {
        Criteria criteria = Criteria.where("year").is(year);
        if (boardOrganisationId != null) {
            criteria = criteria.and("boardOrganisationId").is(boardOrganisationId);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("boardOrganisationId", "decidedOn", "id")),
                DecidedPlanDocument.class).stream().map(MongoDecidedPlanStore::toDomain).toList();
    }

    private static DecidedPlan toDomain(DecidedPlanDocument document) {
        List<FormCount> counts = document.itemsPerForm == null ? List.of() : document.itemsPerForm.stream()
                .map(count -> new FormCount(count.form, count.count)).toList();
        return new DecidedPlan(document.id, document.boardId, document.boardOrganisationId,
                document.year == null ? 0 : document.year, document.decidedOn, document.decisionReference, counts);
    }
}
