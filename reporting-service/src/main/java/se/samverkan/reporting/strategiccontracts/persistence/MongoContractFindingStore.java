package se.samverkan.reporting.strategiccontracts.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import jakarta.annotation.PostConstruct;

import se.samverkan.reporting.strategiccontracts.application.ContractFindingStore;
import se.samverkan.reporting.strategiccontracts.domain.ContractFinding;

/**
 * One document per finding. Each event is one upsert that sets only the fields it carries (the
 * registration, plan N's content, plan N's decision, the closing), all facts that never change
 * once published, so a repeated event writes the same values and the order of arrival does not
 * matter: a decision that came before its plan's submission leaves plan N with its decision, and
 * the submission adds the content beside it.
 */
@Repository
class MongoContractFindingStore implements ContractFindingStore {

    static final String COLLECTION = "strategic_contract_finding_details";

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoContractFindingStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @PostConstruct
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("agreementId", Sort.Direction.ASC).named("agreementId"));
    }

    @Override
    public void registered(String findingId, String agreementId, ContractFinding.Registration registration) {
        upsert(findingId, agreementId, new Update()
                .set("registration", new Document("boardOrganisationId", registration.boardOrganisationId())
                        .append("requirementId", registration.requirementId())
                        .append("requirementCategory", registration.requirementCategory())
                        .append("evidence", registration.evidence())
                        .append("evidenceSource", registration.evidenceSource())
                        .append("observedOn", text(registration.observedOn()))
                        .append("severity", registration.severity())
                        .append("goalImpact", registration.goalImpact())
                        .append("registeredOn", text(registration.registeredOn()))
                        .append("planDueOn", text(registration.planDueOn()))));
    }

    @Override
    public void planSubmitted(String findingId, String agreementId, int planNumber, String analysis,
                              List<ContractFinding.Action> actions, String submittedOn) {
        String plan = "plans.p" + planNumber + ".";
        upsert(findingId, agreementId, new Update()
                .set(plan + "planNumber", planNumber)
                .set(plan + "analysis", analysis)
                .set(plan + "submittedOn", submittedOn)
                .set(plan + "actions", actions.stream().map(action -> new Document("description",
                        action.description()).append("responsible", action.responsible())
                        .append("dueOn", text(action.dueOn())).append("expectedEffect", action.expectedEffect()))
                        .toList()));
    }

    @Override
    public void planDecided(String findingId, String agreementId, int planNumber, String decision, String reason,
                            String decidedOn) {
        String plan = "plans.p" + planNumber + ".";
        upsert(findingId, agreementId, new Update()
                .set(plan + "planNumber", planNumber)
                .set(plan + "decision", decision)
                .set(plan + "decisionReason", reason)
                .set(plan + "decidedOn", decidedOn));
    }

    @Override
    public void closed(String findingId, String agreementId, String closedOn, String note) {
        upsert(findingId, agreementId, new Update().set("closedOn", closedOn).set("closingNote", note));
    }

    private void upsert(String findingId, String agreementId, Update update) {
        update.set("agreementId", agreementId).set("updatedAt", clock.instant()).set("schemaVersion", 1);
        Query query = Query.query(Criteria.where("_id").is(findingId));
        try {
            mongo.upsert(query, update, COLLECTION);
        } catch (DuplicateKeyException createdMeanwhile) {
            // another event of the same finding inserted the document first: now it is there to update
            mongo.upsert(query, update, COLLECTION);
        }
    }

    @Override
    public Map<String, List<ContractFinding>> ofAgreements(Collection<String> agreementIds) {
        Map<String, List<ContractFinding>> found = new LinkedHashMap<>();
        for (Document document : mongo.find(Query.query(Criteria.where("agreementId").in(agreementIds)),
                Document.class, COLLECTION)) {
            ContractFinding finding = toDomain(document);
            found.computeIfAbsent(finding.agreementId(), agreement -> new ArrayList<>()).add(finding);
        }
        return found;
    }

    private static ContractFinding toDomain(Document document) {
        Document registration = document.get("registration", Document.class);
        List<ContractFinding.ActionPlan> plans = new ArrayList<>();
        Document planDocuments = document.get("plans", Document.class);
        if (planDocuments != null) {
            planDocuments.values().forEach(value -> {
                Document plan = (Document) value;
                List<ContractFinding.Action> actions = plan.getList("actions", Document.class, List.of()).stream()
                        .map(action -> new ContractFinding.Action(action.getString("description"),
                                action.getString("responsible"), date(action.getString("dueOn")),
                                action.getString("expectedEffect"))).toList();
                plans.add(new ContractFinding.ActionPlan(((Number) plan.get("planNumber")).intValue(),
                        plan.getString("analysis"), actions, date(plan.getString("submittedOn")),
                        plan.getString("decision"), plan.getString("decisionReason"),
                        date(plan.getString("decidedOn"))));
            });
        }
        return new ContractFinding(document.getString("_id"), document.getString("agreementId"),
                registration == null ? null : new ContractFinding.Registration(
                        registration.getString("boardOrganisationId"), registration.getString("requirementId"),
                        registration.getString("requirementCategory"), registration.getString("evidence"),
                        registration.getString("evidenceSource"), date(registration.getString("observedOn")),
                        registration.getString("severity"), registration.getString("goalImpact"),
                        date(registration.getString("registeredOn")), date(registration.getString("planDueOn"))),
                plans, date(document.getString("closedOn")), document.getString("closingNote"));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
