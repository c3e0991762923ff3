package se.samverkan.reporting.providerstatistics.persistence;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.reporting.providerstatistics.application.ProviderFactStore;

@Repository
class MongoProviderFactStore implements ProviderFactStore {

    static final String COLLECTION = "provider_facts";

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoProviderFactStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A conditional upsert keyed by provider: a redelivered or older event collides on the id and changes nothing. */
    @Override
    public boolean saveIfNewer(String providerId, String legalForm, long version, String eventId) {
        Query olderOrMissing = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(providerId)
                .and("version").lt(version), eventId));
        Update update = ProcessedEvents.record(new Update().set("legalForm", legalForm).set("version", version)
                .set("updatedAt", clock.instant()).set("schemaVersion", 1), eventId);
        try {
            mongo.upsert(olderOrMissing, update, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    @Override
    public Map<String, Long> countByLegalForm() {
        Map<String, Long> counts = new LinkedHashMap<>();
        mongo.aggregate(newAggregation(group("legalForm").count().as("count")), COLLECTION, Document.class)
                .forEach(row -> counts.put(row.getString("_id"), ((Number) row.get("count")).longValue()));
        return counts;
    }
}
