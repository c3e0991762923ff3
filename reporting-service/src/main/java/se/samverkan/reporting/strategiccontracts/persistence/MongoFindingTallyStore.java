package se.samverkan.reporting.strategiccontracts.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.reporting.strategiccontracts.application.FindingTallyStore;
import se.samverkan.reporting.strategiccontracts.domain.FindingTally;

/**
 * One document per agreement with the ids of its registered, plan-accepted and closed findings.
 * Every event is one $addToSet upsert, so it is idempotent and the order of arrival does not matter.
 */
@Repository
class MongoFindingTallyStore implements FindingTallyStore {

    static final String COLLECTION = "strategic_contract_findings";

    private final MongoTemplate mongo;

    MongoFindingTallyStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void registered(String agreementId, String findingId) {
        add(agreementId, "registered", findingId);
    }

    @Override
    public void planAccepted(String agreementId, String findingId) {
        add(agreementId, "accepted", findingId);
    }

    @Override
    public void closed(String agreementId, String findingId) {
        add(agreementId, "closed", findingId);
    }

    private void add(String agreementId, String set, String findingId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(agreementId)),
                new Update().addToSet(set, findingId).set("schemaVersion", 1), COLLECTION);
    }

    @Override
    public Map<String, FindingTally> tallies(Collection<String> agreementIds) {
        Map<String, FindingTally> tallies = new LinkedHashMap<>();
        for (Document document : mongo.find(Query.query(Criteria.where("_id").in(agreementIds)), Document.class,
                COLLECTION)) {
            tallies.put(document.getString("_id"), FindingTally.of(set(document, "registered"),
                    set(document, "accepted"), set(document, "closed")));
        }
        return tallies;
    }

    private static Set<String> set(Document document, String field) {
        List<String> values = document.getList(field, String.class);
        return values == null ? Set.of() : new HashSet<>(values);
    }
}
