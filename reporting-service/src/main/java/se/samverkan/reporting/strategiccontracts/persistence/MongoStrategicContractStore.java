package se.samverkan.reporting.strategiccontracts.persistence;

import java.time.Clock;
import java.util.List;

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
import se.samverkan.reporting.strategiccontracts.application.StrategicContractStore;
import se.samverkan.reporting.strategiccontracts.domain.CategoryCount;
import se.samverkan.reporting.strategiccontracts.domain.StrategicContract;

@Repository
class MongoStrategicContractStore implements StrategicContractStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoStrategicContractStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * One conditional upsert keyed by the agreement: it matches only a document without a signing
     * at this version or newer; otherwise the upsert's insert collides on the id and nothing changes.
     */
    @Override
    public boolean saveSigned(StrategicContract signed, long version, String eventId) {
        Update update = new Update()
                .set("title", signed.title())
                .set("boardId", signed.boardId())
                .set("boardOrganisationId", signed.boardOrganisationId())
                .set("providerId", signed.providerId())
                .set("providerOrganisationId", signed.providerOrganisationId())
                .set("route", signed.route())
                .set("serviceArea", signed.serviceArea())
                .set("startsOn", signed.startsOn())
                .set("endsOn", signed.endsOn())
                .set("annualValueSek", signed.annualValueSek())
                .set("strategic", signed.strategic())
                .set("contractManager", signed.contractManager())
                .set("requirementsPerCategory", signed.requirementsPerCategory().stream()
                        .map(count -> new Document("category", count.category()).append("count", count.count()))
                        .toList())
                .set("signedOn", signed.signedOn())
                .set("signedVersion", version);
        return upsertUnlessAsNew(signed.agreementId(), "signedVersion", version, update, eventId);
    }

    @Override
    public boolean saveTermination(String agreementId, String terminatedOn, String reason, long version,
                                   String eventId) {
        Update update = new Update()
                .set("terminatedOn", terminatedOn)
                .set("terminationReason", reason)
                .set("terminationVersion", version);
        return upsertUnlessAsNew(agreementId, "terminationVersion", version, update, eventId);
    }

    private boolean upsertUnlessAsNew(String agreementId, String versionField, long version, Update update,
                                      String eventId) {
        Query olderOrMissing = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(agreementId), eventId)
                .orOperator(Criteria.where(versionField).lt(version), Criteria.where(versionField).exists(false),
                        Criteria.where(versionField).is(null)));
        update.set("updatedAt", clock.instant()).set("schemaVersion", 1);
        ProcessedEvents.record(update, eventId);
        try {
            mongo.upsert(olderOrMissing, update, StrategicContractDocument.class);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    @Override
    public List<StrategicContract> allSigned() {
        return mongo.find(Query.query(Criteria.where("signedVersion").ne(null)), StrategicContractDocument.class)
                .stream().map(MongoStrategicContractStore::toDomain).toList();
    }

    @Override
    public List<StrategicContract> allStrategic(Filter filter) {
        return mongo.find(Query.query(criteria(filter)), StrategicContractDocument.class).stream()
                .map(MongoStrategicContractStore::toDomain).toList();
    }

    @Override
    public Page<StrategicContract> listStrategic(Filter filter, Pageable pageable) {
        Query query = Query.query(criteria(filter));
        List<StrategicContract> content = mongo.find(Query.of(query).with(pageable), StrategicContractDocument.class)
                .stream().map(MongoStrategicContractStore::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(query, StrategicContractDocument.class));
    }

    private static Criteria criteria(Filter filter) {
        Criteria criteria = Criteria.where("signedVersion").ne(null).and("strategic").is(true);
        if (filter.boardOrganisationId() != null) {
            criteria = criteria.and("boardOrganisationId").is(filter.boardOrganisationId());
        }
        if (filter.providerOrganisationId() != null) {
            criteria = criteria.and("providerOrganisationId").is(filter.providerOrganisationId());
        }
        if (filter.serviceArea() != null) {
            criteria = criteria.and("serviceArea").is(filter.serviceArea());
        }
        if (Boolean.TRUE.equals(filter.active())) {
            criteria = criteria.and("terminatedOn").is(null);
        } else if (Boolean.FALSE.equals(filter.active())) {
            criteria = criteria.and("terminatedOn").ne(null);
        }
        return criteria;
    }

    private static StrategicContract toDomain(StrategicContractDocument document) {
        List<CategoryCount> counts = document.requirementsPerCategory == null ? List.of()
                : document.requirementsPerCategory.stream()
                .map(count -> new CategoryCount(count.category, count.count)).toList();
        return new StrategicContract(document.id, document.title, document.boardId, document.boardOrganisationId,
                document.providerId, document.providerOrganisationId, document.route, document.serviceArea,
                document.startsOn, document.endsOn, document.annualValueSek, Boolean.TRUE.equals(document.strategic),
                document.contractManager, counts, document.signedOn, document.terminatedOn,
                document.terminationReason);
    }
}
