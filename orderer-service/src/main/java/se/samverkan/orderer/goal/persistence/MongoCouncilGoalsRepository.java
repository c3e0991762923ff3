package se.samverkan.orderer.goal.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
import se.samverkan.orderer.goal.application.CouncilGoalsRepository;
import se.samverkan.orderer.goal.domain.CouncilGoal;
import se.samverkan.orderer.goal.domain.CouncilGoalId;
import se.samverkan.orderer.goal.domain.CouncilGoals;
import se.samverkan.orderer.goal.domain.GoalArea;
import se.samverkan.orderer.goal.domain.MandatePeriod;

@Repository
class MongoCouncilGoalsRepository implements CouncilGoalsRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoCouncilGoalsRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean insert(CouncilGoals councilGoals, List<EventEnvelope<?>> events) {
        CouncilGoalsDocument document = new CouncilGoalsDocument();
        document.id = councilGoals.mandatePeriod().toString();
        document.firstYear = councilGoals.mandatePeriod().firstYear();
        document.vision = councilGoals.vision();
        document.councilProgramme = councilGoals.councilProgramme();
        document.goals = goals(councilGoals);
        document.adoptedAt = councilGoals.adoptedAt();
        events.forEach(event -> document.outbox.add(outbox.entry(event)));
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** One conditional write: only the version that was read is changed, and the events are appended to the outbox. */
    @Override
    public boolean update(CouncilGoals councilGoals, long readVersion, List<EventEnvelope<?>> events) {
        Query unchanged = Query.query(Criteria.where("_id").is(councilGoals.mandatePeriod().toString())
                .and("version").is(readVersion));
        Update update = new Update()
                .set("vision", councilGoals.vision())
                .set("councilProgramme", councilGoals.councilProgramme())
                .set("goals", goals(councilGoals))
                .set("revisedAt", councilGoals.revisedAt().orElse(null))
                .set("schemaVersion", CouncilGoalsDocument.SCHEMA_VERSION)
                .inc("version", 1)
                .push("outbox").each(events.stream().map(outbox::entry).toArray());
        return mongo.updateFirst(unchanged, update, CouncilGoalsDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<CouncilGoals> find(MandatePeriod period) {
        return Optional.ofNullable(mongo.findById(period.toString(), CouncilGoalsDocument.class)).map(this::toDomain);
    }

    @Override
    public Page<CouncilGoals> list(Pageable pageable) {
        List<CouncilGoals> content = mongo.find(new Query().with(pageable), CouncilGoalsDocument.class).stream()
                .map(this::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(new Query(), CouncilGoalsDocument.class));
    }

    private static List<CouncilGoalsDocument.GoalDocument> goals(CouncilGoals councilGoals) {
        return councilGoals.goals().stream().map(goal -> {
            CouncilGoalsDocument.GoalDocument document = new CouncilGoalsDocument.GoalDocument();
            document.id = goal.id().toString();
            document.number = goal.number();
            document.title = goal.title();
            document.description = goal.description();
            document.goalArea = goal.area().name();
            return document;
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    private CouncilGoals toDomain(CouncilGoalsDocument document) {
        List<CouncilGoal> goals = document.goals == null ? List.of() : document.goals.stream()
                .map(goal -> new CouncilGoal(CouncilGoalId.parse(goal.id).orElseThrow(), goal.number, goal.title,
                        goal.description, GoalArea.valueOf(goal.goalArea)))
                .toList();
        return CouncilGoals.restore(MandatePeriod.parse(document.id).orElseThrow(), document.vision,
                document.councilProgramme, goals, document.adoptedAt, document.revisedAt,
                document.version == null ? 0 : document.version);
    }

    @Configuration(proxyBeanMethods = false)
    static class CouncilGoalsPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in council goal documents. */
        @Bean
        Outbox.Collection councilGoalsOutbox() {
            return new Outbox.Collection(CouncilGoalsDocument.COLLECTION);
        }
    }
}
