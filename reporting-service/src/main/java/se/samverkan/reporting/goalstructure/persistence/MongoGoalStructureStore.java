package se.samverkan.reporting.goalstructure.persistence;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.reporting.goalstructure.application.GoalStructureStore;
import se.samverkan.reporting.goalstructure.domain.BoardGoals;
import se.samverkan.reporting.goalstructure.domain.CouncilGoals;

/** Each document is replaced whole, in one conditional upsert: an older or redelivered event collides on the id. */
@Repository
class MongoGoalStructureStore implements GoalStructureStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoGoalStructureStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean saveIfNewer(CouncilGoals goals, long version, String eventId) {
        Update update = new Update()
                .set("vision", goals.vision())
                .set("councilProgramme", goals.councilProgramme())
                .set("goals", goals.goals().stream().map(goal -> new Document("councilGoalId", goal.councilGoalId())
                        .append("number", goal.number()).append("title", goal.title())
                        .append("description", goal.description()).append("goalArea", goal.goalArea())).toList());
        return upsertIfNewer(goals.mandatePeriod(), version, update, eventId, CouncilGoalsDocument.class);
    }

    @Override
    public boolean saveIfNewer(BoardGoals goals, long version, String eventId) {
        Update update = new Update()
                .set("boardId", goals.boardId())
                .set("boardShortName", goals.boardShortName())
                .set("boardOrganisationId", goals.boardOrganisationId())
                .set("mandatePeriod", goals.mandatePeriod())
                .set("goals", goals.goals().stream().map(MongoGoalStructureStore::boardGoal).toList());
        return upsertIfNewer(goals.boardId() + "/" + goals.mandatePeriod(), version, update, eventId,
                BoardGoalsDocument.class);
    }

    private boolean upsertIfNewer(String id, long version, Update update, String eventId, Class<?> documentClass) {
        Query olderOrMissing = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(id)
                .and("version").lt(version), eventId));
        update.set("version", version).set("updatedAt", clock.instant()).set("schemaVersion", 1);
        ProcessedEvents.record(update, eventId);
        try {
            mongo.upsert(olderOrMissing, update, documentClass);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    @Override
    public Optional<CouncilGoals> councilGoalsOf(String mandatePeriod) {
        return Optional.ofNullable(mongo.findById(mandatePeriod, CouncilGoalsDocument.class))
                .map(document -> new CouncilGoals(document.id, document.vision, document.councilProgramme,
                        document.goals == null ? List.of() : document.goals.stream()
                                .map(goal -> new CouncilGoals.CouncilGoal(goal.councilGoalId, goal.number, goal.title,
                                        goal.description, goal.goalArea)).toList()));
    }

    @Override
    public List<BoardGoals> boardGoalsOf(String mandatePeriod) {
        return mongo.find(Query.query(Criteria.where("mandatePeriod").is(mandatePeriod)), BoardGoalsDocument.class)
                .stream().map(MongoGoalStructureStore::toDomain).toList();
    }

    private static Document boardGoal(BoardGoals.BoardGoal goal) {
        return new Document("boardGoalId", goal.boardGoalId()).append("title", goal.title())
                .append("description", goal.description()).append("councilGoalId", goal.councilGoalId())
                .append("indicators", goal.indicators().stream().map(indicator -> new Document("indicatorId",
                        indicator.indicatorId()).append("name", indicator.name()).append("unit", indicator.unit())
                        .append("direction", indicator.direction()).append("concernsPeople", indicator.concernsPeople())
                        .append("breakdowns", indicator.breakdowns())
                        .append("targets", indicator.targets().stream().map(target -> new Document("year",
                                target.year()).append("value", target.value() == null ? null
                                : target.value().toPlainString())).toList())
                        .append("measureCode", indicator.measureCode())
                        .append("aggregation", indicator.aggregation())).toList());
    }

    private static BoardGoals toDomain(BoardGoalsDocument document) {
        return new BoardGoals(document.boardId, document.boardShortName, document.boardOrganisationId,
                document.mandatePeriod, document.goals == null ? List.of() : document.goals.stream()
                .map(goal -> new BoardGoals.BoardGoal(goal.boardGoalId, goal.title, goal.description,
                        goal.councilGoalId, goal.indicators == null ? List.of() : goal.indicators.stream()
                        .map(i -> new BoardGoals.Indicator(i.indicatorId, i.name, i.unit, i.direction,
                                i.concernsPeople, i.breakdowns, i.targets == null ? List.of() : i.targets.stream()
                                .map(t -> new BoardGoals.Target(t.year, t.value == null ? null : new BigDecimal(t.value)))
                                .toList(), i.measureCode, i.aggregation)).toList())).toList());
    }
}
