package se.samverkan.orderer.escalation.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.orderer.escalation.application.EscalationRepository;
import se.samverkan.orderer.escalation.domain.Escalation;

@Repository
class MongoEscalationRepository implements EscalationRepository {

    private final MongoTemplate mongo;

    MongoEscalationRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(Escalation escalation) {
        mongo.insert(toDocument(escalation));
    }

    /** One conditional write of the decisions, matching only the version that was read. */
    @Override
    public boolean update(Escalation escalation, long readVersion) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(escalation.id().toString()).and("version")
                        .is(readVersion)),
                new Update().set("decisions", toDocument(escalation).decisions).inc("version", 1),
                EscalationDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<Escalation> find(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), EscalationDocument.class)).map(this::toDomain);
    }

    @Override
    public Page<Escalation> list(String agreementId, String boardOrganisation, String providerOrganisation,
                                 Pageable pageable) {
        Query query = new Query();
        if (agreementId != null) {
            query.addCriteria(Criteria.where("agreementId").is(agreementId));
        }
        if (boardOrganisation != null) {
            query.addCriteria(Criteria.where("boardOrganisationId").is(boardOrganisation));
        }
        if (providerOrganisation != null) {
            query.addCriteria(Criteria.where("providerOrganisationId").is(providerOrganisation));
        }
        List<Escalation> content = mongo.find(Query.of(query).with(pageable), EscalationDocument.class).stream()
                .map(this::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(query, EscalationDocument.class));
    }

    private static EscalationDocument toDocument(Escalation escalation) {
        EscalationDocument d = new EscalationDocument();
        d.id = escalation.id().toString();
        Escalation.Parties parties = escalation.parties();
        d.agreementId = parties.agreementId();
        d.boardId = parties.boardId();
        d.boardOrganisationId = parties.boardOrganisationId();
        d.providerId = parties.providerId();
        d.providerOrganisationId = parties.providerOrganisationId();
        d.topic = escalation.topic().name();
        d.description = escalation.description();
        d.raisedBy = escalation.raisedBy().name();
        d.raisedByUser = escalation.raisedByUser();
        d.raisedAt = escalation.raisedAt();
        d.decisions = new ArrayList<>();
        for (Escalation.Decision decision : escalation.decisions()) {
            EscalationDocument.DecisionDocument dd = new EscalationDocument.DecisionDocument();
            dd.level = decision.level().name();
            dd.outcome = decision.outcome().name();
            dd.text = decision.text();
            dd.reference = decision.reference();
            dd.decidedOn = decision.decidedOn().toString();
            dd.recordedBy = decision.recordedBy();
            d.decisions.add(dd);
        }
        d.version = escalation.version() == 0 ? null : escalation.version();
        return d;
    }

    private Escalation toDomain(EscalationDocument d) {
        List<Escalation.Decision> decisions = new ArrayList<>();
        for (EscalationDocument.DecisionDocument dd : d.decisions == null
                ? List.<EscalationDocument.DecisionDocument>of() : d.decisions) {
            decisions.add(new Escalation.Decision(Escalation.Level.valueOf(dd.level),
                    Escalation.Outcome.valueOf(dd.outcome), dd.text, dd.reference, LocalDate.parse(dd.decidedOn),
                    dd.recordedBy));
        }
        return Escalation.restore(UUID.fromString(d.id), new Escalation.Parties(d.agreementId, d.boardId,
                        d.boardOrganisationId, d.providerId, d.providerOrganisationId),
                Escalation.Topic.valueOf(d.topic), d.description, Escalation.Side.valueOf(d.raisedBy), d.raisedByUser,
                d.raisedAt, decisions, d.version == null ? 0 : d.version);
    }
}
