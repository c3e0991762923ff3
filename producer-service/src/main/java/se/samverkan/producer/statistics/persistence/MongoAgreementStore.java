package se.samverkan.producer.statistics.persistence;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.producer.statistics.application.AgreementStore;
import se.samverkan.producer.statistics.domain.Agreement;

/**
 * One document per agreement. The signing and the termination are applied each by one
 * conditional upsert that matches only an older or missing state, so a duplicate or an event
 * older than what is stored collides on the id and changes nothing, in whatever order they come.
 */
@Repository
class MongoAgreementStore implements AgreementStore {

    static final String COLLECTION = "statistics_agreements";

    private final MongoTemplate mongo;

    MongoAgreementStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean saveSigned(Agreement agreement, long version, String eventId) {
        Update update = new Update()
                .set("providerId", agreement.providerId())
                .set("boardId", agreement.boardId())
                .set("boardOrganisationId", agreement.boardOrganisationId())
                .set("serviceArea", agreement.serviceArea())
                .set("startsOn", agreement.startsOn().toString())
                .set("endsOn", agreement.endsOn() == null ? null : agreement.endsOn().toString())
                .set("signedVersion", version);
        return upsertUnlessAsNew(agreement.agreementId(), "signedVersion", version, update, eventId);
    }

    @Override
    public boolean saveTermination(String agreementId, String providerId, LocalDate terminatedOn, long version,
                                   String eventId) {
        Update update = new Update().set("terminatedOn", terminatedOn.toString()).set("terminationVersion", version);
        if (providerId != null) {
            update.set("providerId", providerId);
        }
        return upsertUnlessAsNew(agreementId, "terminationVersion", version, update, eventId);
    }

    private boolean upsertUnlessAsNew(String agreementId, String versionField, long version, Update update,
                                      String eventId) {
        Query olderOrMissing = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(agreementId), eventId)
                .orOperator(Criteria.where(versionField).lt(version), Criteria.where(versionField).exists(false),
                        Criteria.where(versionField).is(null)));
        update.set("schemaVersion", 1);
        ProcessedEvents.record(update, eventId);
        try {
            mongo.upsert(olderOrMissing, update, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    @Override
    public List<Agreement> ofProvider(String providerId) {
        return mongo.find(Query.query(Criteria.where("providerId").is(providerId).and("signedVersion").ne(null)),
                Document.class, COLLECTION).stream().map(MongoAgreementStore::toDomain).toList();
    }

    private static Agreement toDomain(Document document) {
        return new Agreement(document.getString("_id"), document.getString("providerId"), document.getString("boardId"),
                document.getString("boardOrganisationId"), document.getString("serviceArea"),
                date(document.getString("startsOn")), date(document.getString("endsOn")),
                date(document.getString("terminatedOn")));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
