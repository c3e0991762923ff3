package se.samverkan.orderer.procurement.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.orderer.agreement.domain.FollowUpMethod;
import se.samverkan.orderer.agreement.domain.Level;
import se.samverkan.orderer.agreement.domain.RequirementCategory;
import se.samverkan.orderer.procurement.application.RulebookRepository;
import se.samverkan.orderer.procurement.domain.Rulebook;

@Repository
class MongoRulebookRepository implements RulebookRepository {

    private final MongoTemplate mongo;

    MongoRulebookRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(Rulebook rulebook) {
        try {
            mongo.insert(toDocument(rulebook));
            return true;
        } catch (DuplicateKeyException sameReference) {
            return false;
        }
    }

    @Override
    public boolean update(Rulebook rulebook, long readVersion) {
        RulebookDocument state = toDocument(rulebook);
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(state.id).and("version").is(readVersion)),
                new Update().set("closedOn", state.closedOn).set("open", state.open).inc("version", 1),
                RulebookDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<Rulebook> find(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), RulebookDocument.class))
                .map(MongoRulebookRepository::toDomain);
    }

    @Override
    public Page<Rulebook> list(String boardId, String serviceArea, Boolean open, Pageable pageable) {
        Query query = new Query();
        if (boardId != null) {
            query.addCriteria(Criteria.where("boardId").is(boardId));
        }
        if (serviceArea != null) {
            query.addCriteria(Criteria.where("serviceArea").is(serviceArea));
        }
        if (open != null) {
            query.addCriteria(Criteria.where("open").is(open));
        }
        List<Rulebook> content = mongo.find(Query.of(query).with(pageable), RulebookDocument.class).stream()
                .map(MongoRulebookRepository::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(query, RulebookDocument.class));
    }

    private static RulebookDocument toDocument(Rulebook rulebook) {
        RulebookDocument d = new RulebookDocument();
        d.id = rulebook.id().toString();
        d.boardId = rulebook.boardId();
        d.boardOrganisationId = rulebook.boardOrganisationId();
        d.reference = rulebook.reference();
        d.title = rulebook.title();
        d.serviceArea = rulebook.serviceArea();
        d.openFrom = rulebook.openFrom().toString();
        d.estimatedAnnualValueSek = rulebook.estimatedAnnualValueSek();
        d.valueLevel = rulebook.valueLevel().name();
        d.impactLevel = rulebook.impactLevel().name();
        d.compensation = rulebook.compensation();
        for (Rulebook.Requirement requirement : rulebook.requirements()) {
            RulebookDocument.RequirementDocument r = new RulebookDocument.RequirementDocument();
            r.category = requirement.category().name();
            r.text = requirement.text();
            r.followUpMethod = requirement.followUpMethod().name();
            d.requirements.add(r);
        }
        d.closedOn = rulebook.closedOn().map(LocalDate::toString).orElse(null);
        d.open = rulebook.open();
        d.createdAt = rulebook.createdAt();
        d.version = rulebook.version() == 0 ? null : rulebook.version();
        return d;
    }

    private static Rulebook toDomain(RulebookDocument d) {
        return Rulebook.restore(UUID.fromString(d.id), d.boardId, d.boardOrganisationId, d.reference, d.title,
                d.serviceArea, LocalDate.parse(d.openFrom), d.estimatedAnnualValueSek, Level.valueOf(d.valueLevel),
                Level.valueOf(d.impactLevel), d.compensation, d.requirements.stream()
                        .map(r -> new Rulebook.Requirement(RequirementCategory.valueOf(r.category), r.text,
                                FollowUpMethod.valueOf(r.followUpMethod))).toList(),
                d.closedOn == null ? null : LocalDate.parse(d.closedOn), d.createdAt,
                d.version == null ? 0 : d.version);
    }
}
