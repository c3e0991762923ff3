package se.samverkan.orderer.finding.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.defaults.messaging.Outbox;
import se.samverkan.orderer.finding.application.FindingRepository;
import se.samverkan.orderer.finding.domain.Action;
import se.samverkan.orderer.finding.domain.ActionPlan;
import se.samverkan.orderer.finding.domain.ActionStatus;
import se.samverkan.orderer.finding.domain.AgreementRef;
import se.samverkan.orderer.finding.domain.Closure;
import se.samverkan.orderer.finding.domain.EvidenceSource;
import se.samverkan.orderer.finding.domain.Finding;
import se.samverkan.orderer.finding.domain.FindingId;
import se.samverkan.orderer.finding.domain.FindingStatus;
import se.samverkan.orderer.finding.domain.FollowUpNote;
import se.samverkan.orderer.finding.domain.PlanDecision;
import se.samverkan.orderer.finding.domain.RequirementRef;
import se.samverkan.orderer.finding.domain.Severity;

@Repository
class MongoFindingRepository implements FindingRepository {

    private static final Set<String> NOT_REPLACED = Set.of("_id", "version", "outbox", "_class");

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoFindingRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public void insert(Finding finding, List<EventEnvelope<?>> events) {
        FindingDocument document = toDocument(finding);
        events.forEach(event -> document.outbox.add(outbox.entry(event)));
        mongo.insert(document);
    }

    /**
     * One conditional write: it matches only the version that was read, replaces the state
     * (removing fields that became empty, such as {@code overdueAfter}) and appends the events to
     * the outbox without touching entries the relay is draining.
     */
    @Override
    public boolean update(Finding finding, long readVersion, List<EventEnvelope<?>> events) {
        org.bson.Document fields = new org.bson.Document();
        mongo.getConverter().write(toDocument(finding), fields);
        Update update = new Update();
        fields.forEach((name, value) -> {
            if (!NOT_REPLACED.contains(name)) {
                update.set(name, value);
            }
        });
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(FindingDocument.class);
        for (MongoPersistentProperty property : entity) {
            if (!NOT_REPLACED.contains(property.getFieldName()) && !fields.containsKey(property.getFieldName())) {
                update.unset(property.getFieldName());
            }
        }
        update.inc("version", 1);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.stream().map(outbox::entry).toArray());
        }
        Query unchanged = Query.query(Criteria.where("_id").is(finding.id().toString()).and("version").is(readVersion));
        return mongo.updateFirst(unchanged, update, FindingDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<Finding> find(FindingId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), FindingDocument.class)).map(this::toDomain);
    }

    @Override
    public Page<Finding> list(Filter filter, Pageable pageable) {
        Query query = new Query();
        equal(query, "agreementId", filter.agreementId());
        equal(query, "providerId", filter.providerId());
        equal(query, "boardId", filter.boardId());
        equal(query, "status", filter.status() == null ? null : filter.status().name());
        equal(query, "severity", filter.severity() == null ? null : filter.severity().name());
        equal(query, "boardOrganisationId", filter.visibleToBoardOrganisation());
        equal(query, "providerOrganisationId", filter.visibleToProviderOrganisation());
        if (filter.overdue() != null) {
            String today = filter.today().toString();
            // ISO dates compare as text
            query.addCriteria(filter.overdue() ? Criteria.where("overdueAfter").lt(today)
                    : new Criteria().orOperator(Criteria.where("overdueAfter").is(null),
                    Criteria.where("overdueAfter").gte(today)));
        }
        List<Finding> content = mongo.find(Query.of(query).with(pageable), FindingDocument.class).stream()
                .map(this::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(query, FindingDocument.class));
    }

    private static void equal(Query query, String field, String value) {
        if (value != null) {
            query.addCriteria(Criteria.where(field).is(value));
        }
    }

    private FindingDocument toDocument(Finding finding) {
        FindingDocument d = new FindingDocument();
        d.id = finding.id().toString();
        AgreementRef agreement = finding.agreement();
        d.agreementId = agreement.agreementId();
        d.agreementTitle = agreement.title();
        d.boardId = agreement.boardId();
        d.boardOrganisationId = agreement.boardOrganisationId();
        d.providerId = agreement.providerId();
        d.providerName = agreement.providerName();
        d.providerOrganisationId = agreement.providerOrganisationId();
        d.strategic = agreement.strategic();
        d.requirementId = finding.requirement().id();
        d.requirementCategory = finding.requirement().category();
        d.requirementText = finding.requirement().text();
        d.evidence = finding.evidence();
        d.evidenceSource = finding.evidenceSource().name();
        d.observedOn = finding.observedOn().toString();
        d.severity = finding.severity().name();
        d.severityRank = finding.severity().rank();
        d.goalImpact = finding.goalImpact().orElse(null);
        d.registeredBy = finding.registeredBy();
        d.registeredOn = finding.registeredOn().toString();
        d.planDueOn = finding.planDueOn().toString();
        d.status = finding.status().name();
        d.overdueAfter = finding.overdueAfter().map(LocalDate::toString).orElse(null);
        d.plans = new ArrayList<>();
        for (ActionPlan plan : finding.plans()) {
            FindingDocument.PlanDocument p = new FindingDocument.PlanDocument();
            p.number = plan.number();
            p.analysis = plan.analysis();
            p.submittedBy = plan.submittedBy();
            p.submittedOn = plan.submittedOn().toString();
            plan.decided().ifPresent(decision -> {
                p.decision = decision.outcome().name();
                p.reason = decision.reason();
                p.decidedBy = decision.decidedBy();
                p.decidedOn = decision.decidedOn().toString();
                p.newPlanDueOn = text(decision.newPlanDueOn());
            });
            for (Action action : plan.actions()) {
                FindingDocument.ActionDocument a = new FindingDocument.ActionDocument();
                a.id = action.id().toString();
                a.description = action.description();
                a.responsible = action.responsible();
                a.dueOn = action.dueOn().toString();
                a.expectedEffect = action.expectedEffect();
                a.status = action.status().name();
                a.progressNote = action.progressNote();
                a.reportedBy = action.reportedBy();
                a.reportedOn = text(action.reportedOn());
                p.actions.add(a);
            }
            d.plans.add(p);
        }
        d.notes = new ArrayList<>();
        for (FollowUpNote note : finding.notes()) {
            FindingDocument.NoteDocument n = new FindingDocument.NoteDocument();
            n.text = note.text();
            n.recordedBy = note.recordedBy();
            n.recordedOn = note.recordedOn().toString();
            d.notes.add(n);
        }
        finding.closure().ifPresent(closure -> {
            d.closingNote = closure.note();
            d.closedBy = closure.closedBy();
            d.closedOn = closure.closedOn().toString();
        });
        d.createdAt = finding.createdAt();
        d.version = finding.version() == 0 ? null : finding.version();
        return d;
    }

    private Finding toDomain(FindingDocument d) {
        Finding.Builder b = new Finding.Builder();
        b.id = FindingId.parse(d.id).orElseThrow();
        b.agreement = new AgreementRef(d.agreementId, d.agreementTitle, d.boardId, d.boardOrganisationId, d.providerId,
                d.providerName, d.providerOrganisationId, d.strategic);
        b.requirement = new RequirementRef(d.requirementId, d.requirementCategory, d.requirementText);
        b.evidence = d.evidence;
        b.evidenceSource = EvidenceSource.valueOf(d.evidenceSource);
        b.observedOn = LocalDate.parse(d.observedOn);
        b.severity = Severity.valueOf(d.severity);
        b.goalImpact = d.goalImpact;
        b.registeredBy = d.registeredBy;
        b.registeredOn = LocalDate.parse(d.registeredOn);
        b.planDueOn = LocalDate.parse(d.planDueOn);
        b.status = FindingStatus.valueOf(d.status);
        b.plans = new ArrayList<>();
        for (FindingDocument.PlanDocument p : d.plans == null ? List.<FindingDocument.PlanDocument>of() : d.plans) {
            List<Action> actions = new ArrayList<>();
            for (FindingDocument.ActionDocument a : p.actions == null
                    ? List.<FindingDocument.ActionDocument>of() : p.actions) {
                actions.add(new Action(UUID.fromString(a.id), a.description, a.responsible, LocalDate.parse(a.dueOn),
                        a.expectedEffect, ActionStatus.valueOf(a.status), a.progressNote, a.reportedBy,
                        date(a.reportedOn)));
            }
            ActionPlan.Decision decision = p.decision == null ? null : new ActionPlan.Decision(
                    PlanDecision.valueOf(p.decision), p.reason, p.decidedBy, LocalDate.parse(p.decidedOn),
                    date(p.newPlanDueOn));
            b.plans.add(new ActionPlan(p.number, p.analysis, actions, p.submittedBy, LocalDate.parse(p.submittedOn),
                    decision));
        }
        b.notes = new ArrayList<>();
        for (FindingDocument.NoteDocument n : d.notes == null ? List.<FindingDocument.NoteDocument>of() : d.notes) {
            b.notes.add(new FollowUpNote(n.text, n.recordedBy, LocalDate.parse(n.recordedOn)));
        }
        b.closure = d.closedOn == null ? null : new Closure(d.closingNote, d.closedBy, LocalDate.parse(d.closedOn));
        b.createdAt = d.createdAt;
        b.version = d.version == null ? 0 : d.version;
        return Finding.restore(b);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @Configuration(proxyBeanMethods = false)
    static class FindingPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in finding documents. */
        @Bean
        Outbox.Collection findingsOutbox() {
            return new Outbox.Collection(FindingDocument.COLLECTION);
        }
    }
}
