package se.samverkan.transparency.publicprovider.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.transparency.publicprovider.application.PublicProviderStore;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;
import se.samverkan.transparency.publicprovider.domain.PublicUnit;
import se.samverkan.transparency.publicprovider.domain.SwedishSortKey;

@Repository
class MongoPublicProviderStore implements PublicProviderStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoPublicProviderStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * One conditional upsert: it matches only an older version (or a document a unit created
     * before the provider arrived); when a newer or equal version is stored, the upsert's insert
     * collides on the id and nothing changes.
     */
    @Override
    public boolean saveIfNewer(PublicProvider provider, String eventId) {
        Query olderOrMissing = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(provider.providerId()),
                eventId).orOperator(
                Criteria.where("version").lt(provider.version()), Criteria.where("version").exists(false),
                Criteria.where("version").is(null)));
        Update update = new Update()
                .set("name", provider.name())
                .set("sortKey", SwedishSortKey.of(provider.name()))
                .set("legalForm", provider.legalForm())
                .set("organisationNumber", provider.organisationNumber())
                .set("version", provider.version())
                .set("updatedAt", clock.instant())
                .set("schemaVersion", 1);
        ProcessedEvents.record(update, eventId);
        try {
            mongo.upsert(olderOrMissing, update, PublicProviderDocument.class);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    /** One conditional upsert that matches only a provider without this unit; a second copy collides and is ignored. */
    @Override
    public boolean addUnit(String providerId, PublicUnit unit, String eventId) {
        Query withoutThisUnit = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(providerId)
                .and("units.unitId").ne(unit.unitId()).and("closedUnits").ne(unit.unitId()), eventId));
        Document unitDocument = new Document("unitId", unit.unitId()).append("name", unit.name())
                .append("serviceArea", unit.serviceArea()).append("area", unit.area())
                .append("openedOn", unit.openedOn());
        Update update = ProcessedEvents.record(new Update().push("units", unitDocument)
                .set("updatedAt", clock.instant()), eventId);
        try {
            mongo.upsert(withoutThisUnit, update, PublicProviderDocument.class);
            return true;
        } catch (DuplicateKeyException alreadyListed) {
            return false;
        }
    }

    @Override
    public boolean closeUnit(String providerId, String unitId, String eventId) {
        Query notYetClosed = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(providerId)
                .and("closedUnits").ne(unitId), eventId));
        Update update = ProcessedEvents.record(new Update().pull("units", new Document("unitId", unitId))
                .addToSet("closedUnits", unitId).set("updatedAt", clock.instant()), eventId);
        try {
            mongo.upsert(notYetClosed, update, PublicProviderDocument.class);
            return true;
        } catch (DuplicateKeyException alreadyClosed) {
            return false;
        }
    }

    @Override
    public Optional<PublicProvider> find(String providerId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(providerId)
                .and("name").exists(true)), PublicProviderDocument.class)).map(this::toDomain);
    }

    @Override
    public Page<PublicProvider> list(String legalForm, String serviceArea, Pageable pageable) {
        Criteria criteria = Criteria.where("name").exists(true);
        if (legalForm != null) {
            criteria = criteria.and("legalForm").is(legalForm);
        }
        if (serviceArea != null) {
            criteria = criteria.and("units.serviceArea").is(serviceArea);
        }
        Query filter = Query.query(criteria);
        List<PublicProvider> content = mongo.find(Query.of(filter).with(pageable), PublicProviderDocument.class)
                .stream().map(this::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(filter, PublicProviderDocument.class));
    }

    private PublicProvider toDomain(PublicProviderDocument document) {
        List<PublicUnit> units = document.units == null ? List.of() : document.units.stream()
                .map(unit -> new PublicUnit(unit.unitId, unit.name, unit.serviceArea, unit.area, unit.openedOn))
                .toList();
        return new PublicProvider(document.id, document.name, document.legalForm, document.organisationNumber, units,
                document.version == null ? 0 : document.version);
    }
}
