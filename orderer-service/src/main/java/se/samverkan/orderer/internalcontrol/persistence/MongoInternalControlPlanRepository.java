package se.samverkan.orderer.internalcontrol.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
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

import se.samverkan.orderer.internalcontrol.application.InternalControlPlanRepository;
import se.samverkan.orderer.internalcontrol.domain.Control;
import se.samverkan.orderer.internalcontrol.domain.ControlOutcome;
import se.samverkan.orderer.internalcontrol.domain.ControlResult;
import se.samverkan.orderer.internalcontrol.domain.InternalControlPlan;
import se.samverkan.orderer.internalcontrol.domain.Report;
import se.samverkan.orderer.internalcontrol.domain.Risk;
import se.samverkan.orderer.internalcontrol.domain.RiskSource;

@Repository
class MongoInternalControlPlanRepository implements InternalControlPlanRepository {

    private final MongoTemplate mongo;

    MongoInternalControlPlanRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(InternalControlPlan plan) {
        try {
            mongo.insert(toDocument(plan));
            return true;
        } catch (DuplicateKeyException boardHasAPlanForTheYear) {
            return false;
        }
    }

    /** One conditional write of the new state, matching only the version that was read. */
    @Override
    public boolean update(InternalControlPlan plan, long readVersion) {
        InternalControlPlanDocument state = toDocument(plan);
        Update update = new Update()
                .set("risks", state.risks)
                .set("controls", state.controls)
                .set("decidedOn", state.decidedOn)
                .set("decisionReference", state.decisionReference)
                .set("works", state.works)
                .set("assessment", state.assessment)
                .set("assessedOn", state.assessedOn)
                .set("assessedBy", state.assessedBy)
                .set("schemaVersion", InternalControlPlanDocument.SCHEMA_VERSION)
                .inc("version", 1);
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(plan.id().toString()).and("version")
                .is(readVersion)), update, InternalControlPlanDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<InternalControlPlan> find(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), InternalControlPlanDocument.class))
                .map(MongoInternalControlPlanRepository::toDomain);
    }

    @Override
    public Page<InternalControlPlan> list(String boardId, Integer year, String boardOrganisationOrNull,
                                          Pageable pageable) {
        Query query = new Query();
        if (boardId != null) {
            query.addCriteria(Criteria.where("boardId").is(boardId));
        }
        if (year != null) {
            query.addCriteria(Criteria.where("year").is(year));
        }
        if (boardOrganisationOrNull != null) {
            query.addCriteria(Criteria.where("boardOrganisationId").is(boardOrganisationOrNull));
        }
        List<InternalControlPlan> content = mongo.find(Query.of(query).with(pageable), InternalControlPlanDocument.class)
                .stream().map(MongoInternalControlPlanRepository::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(query, InternalControlPlanDocument.class));
    }

    private static InternalControlPlanDocument toDocument(InternalControlPlan plan) {
        InternalControlPlanDocument d = new InternalControlPlanDocument();
        d.id = plan.id().toString();
        d.boardId = plan.boardId();
        d.boardOrganisationId = plan.boardOrganisationId();
        d.year = plan.year();
        for (Risk risk : plan.risks()) {
            InternalControlPlanDocument.RiskDocument r = new InternalControlPlanDocument.RiskDocument();
            r.id = risk.id().toString();
            r.title = risk.title();
            r.description = risk.description();
            r.source = risk.source().name();
            r.probability = risk.probability();
            r.consequence = risk.consequence();
            d.risks.add(r);
        }
        for (Control control : plan.controls()) {
            InternalControlPlanDocument.ControlDocument c = new InternalControlPlanDocument.ControlDocument();
            c.id = control.id().toString();
            c.riskId = control.riskId().toString();
            c.what = control.what();
            c.method = control.method();
            c.responsible = control.responsible();
            c.schedule = control.schedule();
            for (ControlResult result : control.results()) {
                InternalControlPlanDocument.ResultDocument r = new InternalControlPlanDocument.ResultDocument();
                r.report = result.report().name();
                r.outcome = result.outcome().name();
                r.comment = result.comment();
                r.action = result.action();
                r.recordedOn = result.recordedOn().toString();
                r.recordedBy = result.recordedBy();
                c.results.add(r);
            }
            d.controls.add(c);
        }
        plan.decision().ifPresent(decision -> {
            d.decidedOn = decision.decidedOn().toString();
            d.decisionReference = decision.reference();
        });
        plan.assessment().ifPresent(assessment -> {
            d.works = assessment.works();
            d.assessment = assessment.text();
            d.assessedOn = assessment.assessedOn().toString();
            d.assessedBy = assessment.recordedBy();
        });
        d.createdAt = plan.createdAt();
        d.version = plan.version() == 0 ? null : plan.version();
        return d;
    }

    private static InternalControlPlan toDomain(InternalControlPlanDocument d) {
        List<Risk> risks = new ArrayList<>();
        for (InternalControlPlanDocument.RiskDocument r : d.risks == null
                ? List.<InternalControlPlanDocument.RiskDocument>of() : d.risks) {
            risks.add(new Risk(UUID.fromString(r.id), r.title, r.description, RiskSource.valueOf(r.source),
                    r.probability, r.consequence));
        }
        List<Control> controls = new ArrayList<>();
        for (InternalControlPlanDocument.ControlDocument c : d.controls == null
                ? List.<InternalControlPlanDocument.ControlDocument>of() : d.controls) {
            List<ControlResult> results = new ArrayList<>();
            for (InternalControlPlanDocument.ResultDocument r : c.results == null
                    ? List.<InternalControlPlanDocument.ResultDocument>of() : c.results) {
                results.add(new ControlResult(Report.valueOf(r.report), ControlOutcome.valueOf(r.outcome), r.comment,
                        r.action, LocalDate.parse(r.recordedOn), r.recordedBy));
            }
            controls.add(new Control(UUID.fromString(c.id), UUID.fromString(c.riskId), c.what, c.method,
                    c.responsible, c.schedule, results));
        }
        InternalControlPlan.Decision decision = d.decidedOn == null ? null
                : new InternalControlPlan.Decision(LocalDate.parse(d.decidedOn), d.decisionReference);
        InternalControlPlan.Assessment assessment = d.assessedOn == null ? null
                : new InternalControlPlan.Assessment(Boolean.TRUE.equals(d.works), d.assessment,
                LocalDate.parse(d.assessedOn), d.assessedBy);
        return InternalControlPlan.restore(UUID.fromString(d.id), d.boardId, d.boardOrganisationId, d.year, risks,
                controls, decision, assessment, d.createdAt, d.version == null ? 0 : d.version);
    }
}
