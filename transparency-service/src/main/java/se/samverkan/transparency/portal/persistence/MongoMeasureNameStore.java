package se.samverkan.transparency.portal.persistence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.transparency.portal.application.MeasureNameStore;
import se.samverkan.transparency.portal.domain.MeasureName;

/** One document per statistics specification ({@code public_measure_names}), its newest version's measures. */
@Repository
class MongoMeasureNameStore implements MeasureNameStore {

    static final String COLLECTION = "public_measure_names";

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoMeasureNameStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean saveIfNewer(String specificationId, String serviceArea, int version, List<MeasureName> measures,
                               String eventId) {
        Query older = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(specificationId), eventId)
                .and("version").lt(version));
        Update update = new Update().set("serviceArea", serviceArea).set("version", version)
                .set("measures", measures.stream().map(measure -> new Document("code", measure.code())
                        .append("name", measure.name()).append("unit", measure.unit())).toList())
                .set("updatedAt", clock.instant()).set("schemaVersion", 1);
        ProcessedEvents.record(update, eventId);
        try {
            mongo.upsert(older, update, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    @Override
    public Map<String, MeasureName> namesIn(String serviceArea) {
        Map<String, MeasureName> names = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("serviceArea").is(serviceArea)).with(Sort.by("_id")), Document.class,
                COLLECTION).forEach(specification -> specification.getList("measures", Document.class, List.of())
                .forEach(measure -> names.putIfAbsent(measure.getString("code"), new MeasureName(
                        measure.getString("code"), measure.getString("name"), measure.getString("unit")))));
        return names;
    }
}
