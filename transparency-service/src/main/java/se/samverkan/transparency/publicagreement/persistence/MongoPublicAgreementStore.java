package se.samverkan.transparency.publicagreement.persistence;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.transparency.publicagreement.application.PublicAgreementStore;
import se.samverkan.transparency.publicagreement.domain.PublicAgreement;

@Repository
class MongoPublicAgreementStore implements PublicAgreementStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoPublicAgreementStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * One conditional upsert: it matches only an older signing (or a document a termination created
     * before the signing arrived); when a version at least as new is stored, the upsert's insert
     * collides on the id and nothing changes.
     */
    @Override
    public boolean saveSignedIfNewer(PublicAgreement signed, String eventId) {
        Query olderOrMissing = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(signed.agreementId()),
                eventId).orOperator(Criteria.where("version").lt(signed.version()),
                Criteria.where("version").exists(false), Criteria.where("version").is(null)));
        Update update = new Update()
                .set("boardId", signed.boardId())
                .set("boardOrganisationId", signed.boardOrganisationId())
                .set("providerId", signed.providerId())
                .set("route", signed.route())
                .set("serviceArea", signed.serviceArea())
                .set("title", signed.title())
                .set("startsOn", signed.startsOn())
                .set("endsOn", signed.endsOn())
                .set("annualValueSek", signed.annualValueSek() == null ? null : signed.annualValueSek().toPlainString())
                .set("strategic", signed.strategic())
                .set("legallyBinding", signed.legallyBinding())
                .set("requirements", signed.requirements().stream().map(requirement -> new Document(
                        "requirementId", requirement.requirementId()).append("category", requirement.category())
                        .append("text", requirement.text()).append("followUpMethod", requirement.followUpMethod()))
                        .toList())
                .set("signedOn", signed.signedOn())
                .set("version", signed.version())
                .set("updatedAt", clock.instant())
                .set("schemaVersion", 1);
        return upsert(olderOrMissing, ProcessedEvents.record(update, eventId));
    }

    /** The same conditional upsert, guarded by the termination's own version. */
    @Override
    public boolean saveTerminationIfNewer(String agreementId, String boardId, String providerId,
                                          PublicAgreement.Termination termination, String eventId) {
        Query olderOrMissing = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(agreementId),
                eventId).orOperator(Criteria.where("terminationVersion").lt(termination.version()),
                Criteria.where("terminationVersion").exists(false), Criteria.where("terminationVersion").is(null)));
        Update update = new Update()
                .set("terminatedOn", termination.terminatedOn())
                .set("terminationReason", termination.reason())
                .set("terminationVersion", termination.version())
                .setOnInsert("boardId", boardId)
                .setOnInsert("providerId", providerId)
                .setOnInsert("schemaVersion", 1)
                .set("updatedAt", clock.instant());
        return upsert(olderOrMissing, ProcessedEvents.record(update, eventId));
    }

    private boolean upsert(Query query, Update update) {
        try {
            mongo.upsert(query, update, PublicAgreementDocument.class);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    @Override
    public List<PublicAgreement> ofProvider(String providerId) {
        return mongo.find(Query.query(Criteria.where("providerId").is(providerId).and("version").ne(null)),
                PublicAgreementDocument.class).stream().map(MongoPublicAgreementStore::toDomain).toList();
    }

    @Override
    public List<PublicAgreement> all() {
        return mongo.find(Query.query(Criteria.where("version").ne(null)), PublicAgreementDocument.class).stream()
                .map(MongoPublicAgreementStore::toDomain).toList();
    }

    @Override
    public Optional<Instant> lastChange() {
        PublicAgreementDocument latest = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "updatedAt"))
                .limit(1), PublicAgreementDocument.class);
        return Optional.ofNullable(latest).map(document -> document.updatedAt);
    }

    private static PublicAgreement toDomain(PublicAgreementDocument document) {
        List<PublicAgreement.Requirement> requirements = document.requirements == null ? List.of()
                : document.requirements.stream().map(requirement -> new PublicAgreement.Requirement(
                        requirement.requirementId, requirement.category, requirement.text, requirement.followUpMethod))
                .toList();
        PublicAgreement.Termination termination = document.terminationVersion == null ? null
                : new PublicAgreement.Termination(document.terminatedOn, document.terminationReason,
                document.terminationVersion);
        return new PublicAgreement(document.id, document.boardId, document.boardOrganisationId, document.providerId,
                document.route, document.serviceArea, document.title, document.startsOn, document.endsOn,
                document.annualValueSek == null ? null : new BigDecimal(document.annualValueSek),
                Boolean.TRUE.equals(document.strategic), Boolean.TRUE.equals(document.legallyBinding), requirements,
                document.signedOn, document.version, termination, document.updatedAt);
    }
}
