package se.samverkan.orderer.procurement.persistence;

import java.time.LocalDate;
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
import se.samverkan.orderer.agreement.domain.FollowUpMethod;
import se.samverkan.orderer.agreement.domain.Level;
import se.samverkan.orderer.agreement.domain.RequirementCategory;
import se.samverkan.orderer.procurement.application.TenderRepository;
import se.samverkan.orderer.procurement.domain.Rulebook;
import se.samverkan.orderer.procurement.domain.Tender;

@Repository
class MongoTenderRepository implements TenderRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoTenderRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean insert(Tender tender) {
        try {
            mongo.insert(toDocument(tender));
            return true;
        } catch (DuplicateKeyException sameReference) {
            return false;
        }
    }

    /** One conditional write of the bids, evaluation, award and events, matching the version that was read. */
    @Override
    public boolean update(Tender tender, long readVersion, List<EventEnvelope<?>> events) {
        TenderDocument state = toDocument(tender);
        Update update = new Update()
                .set("bids", state.bids)
                .set("evaluated", state.evaluated)
                .set("awardedBidId", state.awardedBidId)
                .set("awardedOn", state.awardedOn)
                .set("standstillEndsOn", state.standstillEndsOn)
                .set("concludedOn", state.concludedOn)
                .set("status", state.status)
                .inc("version", 1);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.stream().map(outbox::entry).toArray());
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(state.id).and("version").is(readVersion)),
                update, TenderDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<Tender> find(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), TenderDocument.class))
                .map(MongoTenderRepository::toDomain);
    }

    @Override
    public Page<Tender> list(String boardId, String serviceArea, Tender.Status status, Pageable pageable) {
        Query query = new Query();
        if (boardId != null) {
            query.addCriteria(Criteria.where("boardId").is(boardId));
        }
        if (serviceArea != null) {
            query.addCriteria(Criteria.where("serviceArea").is(serviceArea));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status.name()));
        }
        List<Tender> content = mongo.find(Query.of(query).with(pageable), TenderDocument.class).stream()
                .map(MongoTenderRepository::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(query, TenderDocument.class));
    }

    private static TenderDocument toDocument(Tender t) {
        TenderDocument d = new TenderDocument();
        d.id = t.id().toString();
        d.boardId = t.boardId();
        d.boardOrganisationId = t.boardOrganisationId();
        d.reference = t.reference();
        d.title = t.title();
        d.law = t.law().name();
        d.serviceArea = t.serviceArea();
        d.bidDeadline = t.bidDeadline().toString();
        d.contractStartsOn = t.contract().startsOn().toString();
        d.contractEndsOn = t.contract().endsOn().toString();
        d.estimatedAnnualValueSek = t.contract().estimatedAnnualValueSek();
        d.valueLevel = t.contract().valueLevel().name();
        d.impactLevel = t.contract().impactLevel().name();
        d.priceWeightPercent = t.priceWeightPercent();
        for (Rulebook.Requirement requirement : t.requirements()) {
            RulebookDocument.RequirementDocument r = new RulebookDocument.RequirementDocument();
            r.category = requirement.category().name();
            r.text = requirement.text();
            r.followUpMethod = requirement.followUpMethod().name();
            d.requirements.add(r);
        }
        for (Tender.Bid bid : t.bids()) {
            TenderDocument.BidDocument b = new TenderDocument.BidDocument();
            b.id = bid.id().toString();
            b.providerId = bid.providerId();
            b.providerOrganisationId = bid.providerOrganisationId();
            b.providerName = bid.providerName();
            b.annualPriceSek = bid.annualPriceSek();
            b.description = bid.description();
            b.submittedAt = bid.submittedAt();
            b.qualityScore = bid.qualityScore();
            d.bids.add(b);
        }
        d.evaluated = t.evaluated();
        t.award().ifPresent(award -> {
            d.awardedBidId = award.bidId().toString();
            d.awardedOn = award.awardedOn().toString();
            d.standstillEndsOn = award.standstillEndsOn().toString();
        });
        d.concludedOn = t.concludedOn().map(LocalDate::toString).orElse(null);
        d.status = t.status().name();
        d.createdAt = t.createdAt();
        d.version = t.version() == 0 ? null : t.version();
        return d;
    }

    private static Tender toDomain(TenderDocument d) {
        return Tender.restore(UUID.fromString(d.id), d.boardId, d.boardOrganisationId, d.reference, d.title,
                Tender.Law.valueOf(d.law), d.serviceArea, LocalDate.parse(d.bidDeadline), new Tender.Contract(
                        LocalDate.parse(d.contractStartsOn), LocalDate.parse(d.contractEndsOn),
                        d.estimatedAnnualValueSek, Level.valueOf(d.valueLevel), Level.valueOf(d.impactLevel)),
                d.priceWeightPercent, d.requirements.stream().map(r -> new Rulebook.Requirement(
                        RequirementCategory.valueOf(r.category), r.text, FollowUpMethod.valueOf(r.followUpMethod)))
                        .toList(),
                d.bids.stream().map(b -> new Tender.Bid(UUID.fromString(b.id), b.providerId, b.providerOrganisationId,
                        b.providerName, b.annualPriceSek, b.description, b.submittedAt, b.qualityScore)).toList(),
                d.evaluated, d.awardedOn == null ? null : new Tender.Award(UUID.fromString(d.awardedBidId),
                        LocalDate.parse(d.awardedOn), LocalDate.parse(d.standstillEndsOn)),
                d.concludedOn == null ? null : LocalDate.parse(d.concludedOn), d.createdAt,
                d.version == null ? 0 : d.version);
    }

    @Configuration(proxyBeanMethods = false)
    static class TenderPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in tenders. */
        @Bean
        Outbox.Collection tendersOutbox() {
            return new Outbox.Collection(TenderDocument.COLLECTION);
        }
    }
}
