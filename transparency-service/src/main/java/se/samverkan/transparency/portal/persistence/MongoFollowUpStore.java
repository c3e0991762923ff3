package se.samverkan.transparency.portal.persistence;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.transparency.portal.application.FollowUpStore;
import se.samverkan.transparency.portal.domain.BoardGoals;
import se.samverkan.transparency.portal.domain.CouncilGoals;
import se.samverkan.transparency.portal.domain.FindingAgreement;
import se.samverkan.transparency.portal.domain.FindingMilestone;
import se.samverkan.transparency.portal.domain.FollowUpPlan;
import se.samverkan.transparency.portal.domain.PublicFinding;

/**
 * The published goals ({@code public_board_goals}, one document per board and mandate period;
 * {@code public_council_goals}, one per mandate period), follow-up plans ({@code public_follow_up_plans},
 * one per plan), findings ({@code public_findings}, one per finding) and the agreements the findings
 * name ({@code public_finding_agreements}). Every event is one document write. Target values are
 * kept as decimal strings so none is rounded on the way.
 */
@Repository
class MongoFollowUpStore implements FollowUpStore {

    static final String BOARD_GOALS = "public_board_goals";
    static final String COUNCIL_GOALS = "public_council_goals";
    static final String PLANS = "public_follow_up_plans";
    static final String FINDINGS = "public_findings";
    static final String AGREEMENTS = "public_finding_agreements";

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoFollowUpStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean saveIfNewer(BoardGoals goals, String eventId) {
        return upsertIfNewer(BOARD_GOALS, goals.boardId() + ":" + goals.mandatePeriod(), goals.version(), eventId,
                new Update().set("boardId", goals.boardId()).set("boardShortName", goals.boardShortName())
                        .set("boardOrganisationId", goals.boardOrganisationId())
                        .set("mandatePeriod", goals.mandatePeriod())
                        .set("goals", goals.goals().stream().map(MongoFollowUpStore::toDocument).toList()));
    }

    @Override
    public boolean saveIfNewer(CouncilGoals goals, String eventId) {
        return upsertIfNewer(COUNCIL_GOALS, goals.mandatePeriod(), goals.version(), eventId,
                new Update().set("mandatePeriod", goals.mandatePeriod()).set("vision", goals.vision())
                        .set("goals", goals.goals().stream().map(goal -> new Document("councilGoalId",
                                goal.councilGoalId()).append("number", goal.number()).append("title", goal.title())
                                .append("goalArea", goal.goalArea())).toList()));
    }

    @Override
    public boolean saveIfNewer(FollowUpPlan plan, String eventId) {
        return upsertIfNewer(PLANS, plan.planId(), plan.version(), eventId,
                new Update().set("boardId", plan.boardId()).set("boardOrganisationId", plan.boardOrganisationId())
                        .set("year", plan.year()).set("decidedOn", plan.decidedOn())
                        .set("decisionReference", plan.decisionReference())
                        .set("items", plan.items().stream().map(item -> new Document("itemId", item.itemId())
                                .append("providerId", item.providerId()).append("what", item.what())
                                .append("form", item.form()).append("interval", item.interval())
                                .append("feedbackTo", item.feedbackTo())).toList()));
    }

    @Override
    public boolean saveIfNewer(FindingAgreement agreement, String eventId) {
        Document requirements = new Document();
        agreement.requirements().forEach(requirements::append);
        return upsertIfNewer(AGREEMENTS, agreement.agreementId(), agreement.version(), eventId,
                new Update().set("providerId", agreement.providerId()).set("title", agreement.title())
                        .set("serviceArea", agreement.serviceArea()).set("requirements", requirements));
    }

    /**
     * One conditional upsert that matches only an older version; when a version at least as new is
     * stored, the upsert's insert collides on the id and nothing changes.
     */
    private boolean upsertIfNewer(String collection, String id, long version, String eventId, Update update) {
        Query older = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(id), eventId)
                .and("version").lt(version));
        update.set("version", version).set("updatedAt", clock.instant()).set("schemaVersion", 1);
        ProcessedEvents.record(update, eventId);
        try {
            mongo.upsert(older, update, collection);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    /**
     * What the board registered never changes, so setting it again is harmless; the step joins the
     * set of steps once ({@code $addToSet} of an equal document is a no-op), whatever came first.
     */
    @Override
    public void registered(PublicFinding finding, FindingMilestone registration) {
        Update update = new Update().set("agreementId", finding.agreementId()).set("boardId", finding.boardId())
                .set("providerId", finding.providerId()).set("registered", true)
                .set("requirementId", finding.requirementId())
                .set("requirementCategory", finding.requirementCategory()).set("evidence", finding.evidence())
                .set("evidenceSource", finding.evidenceSource()).set("severity", finding.severity())
                .set("observedOn", finding.observedOn()).set("registeredOn", finding.registeredOn())
                .addToSet("milestones", toDocument(registration))
                .set("updatedAt", clock.instant()).set("schemaVersion", 1);
        mongo.upsert(Query.query(Criteria.where("_id").is(finding.findingId())), update, FINDINGS);
    }

    @Override
    public void step(String findingId, String agreementId, String boardId, String providerId,
                     FindingMilestone milestone) {
        Update update = new Update().set("agreementId", agreementId).set("boardId", boardId)
                .set("providerId", providerId).addToSet("milestones", toDocument(milestone))
                .set("updatedAt", clock.instant()).set("schemaVersion", 1);
        mongo.upsert(Query.query(Criteria.where("_id").is(findingId)), update, FINDINGS);
    }

    @Override
    public List<BoardGoals> allBoardGoals() {
        return mongo.findAll(Document.class, BOARD_GOALS).stream().map(MongoFollowUpStore::boardGoals).toList();
    }

    @Override
    public List<BoardGoals> boardGoals(String boardId) {
        return mongo.find(Query.query(Criteria.where("boardId").is(boardId)), Document.class, BOARD_GOALS).stream()
                .map(MongoFollowUpStore::boardGoals).toList();
    }

    @Override
    public List<CouncilGoals> councilGoals(Collection<String> mandatePeriods) {
        return mongo.find(Query.query(Criteria.where("_id").in(mandatePeriods)), Document.class, COUNCIL_GOALS)
                .stream().map(document -> new CouncilGoals(document.getString("mandatePeriod"),
                        document.getString("vision"), document.getList("goals", Document.class, List.of()).stream()
                        .map(goal -> new CouncilGoals.CouncilGoal(goal.getString("councilGoalId"),
                                goal.getInteger("number", 0), goal.getString("title"), goal.getString("goalArea")))
                        .toList(), version(document)))
                .toList();
    }

    @Override
    public List<FollowUpPlan> plans(String boardIdOrNull) {
        Query query = boardIdOrNull == null ? new Query() : Query.query(Criteria.where("boardId").is(boardIdOrNull));
        return mongo.find(query, Document.class, PLANS).stream().map(MongoFollowUpStore::plan).toList();
    }

    @Override
    public List<FollowUpPlan> plansFollowing(String providerId) {
        return mongo.find(Query.query(Criteria.where("items.providerId").is(providerId)), Document.class, PLANS)
                .stream().map(MongoFollowUpStore::plan).toList();
    }

    @Override
    public Page<PublicFinding> findingsOf(String providerId, Pageable pageable) {
        Query filter = Query.query(Criteria.where("providerId").is(providerId).and("registered").is(true));
        Query page = Query.of(filter).with(Sort.by(Sort.Direction.DESC, "registeredOn").and(Sort.by("_id")))
                .skip(pageable.getOffset()).limit(pageable.getPageSize());
        List<PublicFinding> content = mongo.find(page, Document.class, FINDINGS).stream()
                .map(MongoFollowUpStore::finding).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(filter, FINDINGS));
    }

    @Override
    public Map<String, FindingAgreement> agreements(Collection<String> agreementIds) {
        Map<String, FindingAgreement> agreements = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(agreementIds)), Document.class, AGREEMENTS)
                .forEach(document -> {
                    Map<String, String> requirements = new LinkedHashMap<>();
                    Document stored = document.get("requirements", Document.class);
                    if (stored != null) {
                        stored.forEach((id, text) -> requirements.put(id, String.valueOf(text)));
                    }
                    agreements.put(document.getString("_id"), new FindingAgreement(document.getString("_id"),
                            document.getString("providerId"), document.getString("title"),
                            document.getString("serviceArea"), requirements, version(document)));
                });
        return agreements;
    }

    private static Document toDocument(BoardGoals.Goal goal) {
        return new Document("boardGoalId", goal.boardGoalId()).append("title", goal.title())
                .append("description", goal.description()).append("councilGoalId", goal.councilGoalId())
                .append("indicators", goal.indicators().stream().map(indicator -> new Document("indicatorId",
                        indicator.indicatorId()).append("name", indicator.name()).append("unit", indicator.unit())
                        .append("direction", indicator.direction())
                        .append("targets", indicator.targets().stream().map(target -> new Document("year",
                                target.year()).append("value", target.value() == null ? null
                                : target.value().toPlainString())).toList())).toList());
    }

    private static Document toDocument(FindingMilestone milestone) {
        return new Document("kind", milestone.kind().name()).append("version", milestone.version())
                .append("on", milestone.on()).append("planDueOn", milestone.planDueOn());
    }

    private static BoardGoals boardGoals(Document document) {
        return new BoardGoals(document.getString("boardId"), document.getString("boardShortName"),
                document.getString("boardOrganisationId"), document.getString("mandatePeriod"),
                document.getList("goals", Document.class, List.of()).stream().map(goal -> new BoardGoals.Goal(
                        goal.getString("boardGoalId"), goal.getString("title"), goal.getString("description"),
                        goal.getString("councilGoalId"), goal.getList("indicators", Document.class, List.of())
                        .stream().map(indicator -> new BoardGoals.Indicator(indicator.getString("indicatorId"),
                                indicator.getString("name"), indicator.getString("unit"),
                                indicator.getString("direction"), indicator.getList("targets", Document.class,
                                List.of()).stream().map(target -> new BoardGoals.Target(
                                        target.getInteger("year", 0), target.get("value") == null ? null
                                        : new BigDecimal(target.get("value").toString()))).toList()))
                        .toList())).toList(),
                version(document));
    }

    private static FollowUpPlan plan(Document document) {
        return new FollowUpPlan(document.getString("_id"), document.getString("boardId"),
                document.getString("boardOrganisationId"), document.getInteger("year", 0),
                document.getString("decidedOn"), document.getString("decisionReference"),
                document.getList("items", Document.class, List.of()).stream().map(item -> new FollowUpPlan.Item(
                        item.getString("itemId"), item.getString("providerId"), item.getString("what"),
                        item.getString("form"), item.getString("interval"),
                        item.getList("feedbackTo", String.class, List.of()))).toList(),
                version(document));
    }

    private static PublicFinding finding(Document document) {
        return new PublicFinding(document.getString("_id"), document.getString("agreementId"),
                document.getString("boardId"), document.getString("providerId"),
                Boolean.TRUE.equals(document.getBoolean("registered")), document.getString("requirementId"),
                document.getString("requirementCategory"), document.getString("evidence"),
                document.getString("evidenceSource"), document.getString("severity"), document.getString("observedOn"),
                document.getString("registeredOn"), document.getList("milestones", Document.class, List.of()).stream()
                .map(milestone -> new FindingMilestone(FindingMilestone.Kind.valueOf(milestone.getString("kind")),
                        ((Number) milestone.get("version")).longValue(), milestone.getString("on"),
                        milestone.getString("planDueOn"))).toList());
    }

    private static long version(Document document) {
        Object version = document.get("version");
        return version instanceof Number number ? number.longValue() : 0;
    }
}
