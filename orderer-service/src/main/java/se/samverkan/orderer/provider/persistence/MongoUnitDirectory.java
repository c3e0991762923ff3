package se.samverkan.orderer.provider.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.orderer.provider.application.UnitDirectory;
import se.samverkan.orderer.provider.domain.ProviderUnit;

/** The units of the read model {@code contractable-providers}: one document per unit, keyed by its id. */
@Repository
class MongoUnitDirectory implements UnitDirectory {

    static final String COLLECTION = "units";

    private final MongoTemplate mongo;

    MongoUnitDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ProviderUnit> find(String unitId) {
        return Optional.ofNullable(mongo.findById(unitId, Document.class, COLLECTION)).map(MongoUnitDirectory::unit);
    }

    @Override
    public List<ProviderUnit> ofProviders(Collection<String> providerIds) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("providerId").in(providerIds)), Document.class, COLLECTION)
                .stream().map(MongoUnitDirectory::unit).toList();
    }

    /** One conditional upsert; the same or a newer provider version collides on the id and changes nothing. */
    @Override
    public boolean saveIfNewer(ProviderUnit unit, String eventId) {
        Query olderOrMissing = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(unit.unitId()),
                eventId).orOperator(Criteria.where("providerVersion").lt(unit.providerVersion()),
                Criteria.where("providerVersion").exists(false)));
        Update update = ProcessedEvents.record(new Update()
                .set("providerId", unit.providerId())
                .set("name", unit.name())
                .set("serviceArea", unit.serviceArea())
                .set("area", unit.area())
                .set("openedOn", unit.openedOn() == null ? null : unit.openedOn().toString())
                .set("closedOn", unit.closedOn() == null ? null : unit.closedOn().toString())
                .set("providerVersion", unit.providerVersion())
                .set("schemaVersion", 1), eventId);
        try {
            mongo.upsert(olderOrMissing, update, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    private static ProviderUnit unit(Document d) {
        Number version = d.get("providerVersion", Number.class);
        String openedOn = d.getString("openedOn");
        String closedOn = d.getString("closedOn");
        return new ProviderUnit(d.getString("_id"), d.getString("providerId"), d.getString("name"),
                d.getString("serviceArea"), d.getString("area"), openedOn == null ? null : LocalDate.parse(openedOn),
                closedOn == null ? null : LocalDate.parse(closedOn), version == null ? 0 : version.longValue());
    }
}
