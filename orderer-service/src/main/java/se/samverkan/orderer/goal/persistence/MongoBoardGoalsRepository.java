package se.samverkan.orderer.goal.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
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
import se.samverkan.orderer.board.domain.BoardId;
import se.samverkan.orderer.goal.application.BoardGoalsRepository;
import se.samverkan.orderer.goal.domain.Aggregation;
import se.samverkan.orderer.goal.domain.BoardGoal;
import se.samverkan.orderer.goal.domain.BoardGoalId;
import se.samverkan.orderer.goal.domain.BoardGoals;
import se.samverkan.orderer.goal.domain.BoardRef;
import se.samverkan.orderer.goal.domain.Breakdown;
import se.samverkan.orderer.goal.domain.CouncilGoalId;
import se.samverkan.orderer.goal.domain.Direction;
import se.samverkan.orderer.goal.domain.Indicator;
import se.samverkan.orderer.goal.domain.IndicatorId;
import se.samverkan.orderer.goal.domain.MandatePeriod;
import se.samverkan.orderer.goal.domain.Target;

@Repository
class MongoBoardGoalsRepository implements BoardGoalsRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoBoardGoalsRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean insert(BoardGoals boardGoals, List<EventEnvelope<?>> events) {
        BoardGoalsDocument document = new BoardGoalsDocument();
        document.id = idOf(boardGoals.board().id(), boardGoals.mandatePeriod());
        document.boardId = boardGoals.board().id().toString();
        document.boardShortName = boardGoals.board().shortName();
        document.boardOrganisationId = boardGoals.board().organisationId();
        document.mandatePeriod = boardGoals.mandatePeriod().toString();
        document.firstYear = boardGoals.mandatePeriod().firstYear();
        document.goals = goals(boardGoals);
        document.adoptedAt = boardGoals.adoptedAt();
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
    public boolean update(BoardGoals boardGoals, long readVersion, List<EventEnvelope<?>> events) {
        Query unchanged = Query.query(Criteria.where("_id").is(idOf(boardGoals.board().id(), boardGoals.mandatePeriod()))
                .and("version").is(readVersion));
        Update update = new Update()
                .set("goals", goals(boardGoals))
                .set("revisedAt", boardGoals.revisedAt().orElse(null))
                .set("schemaVersion", BoardGoalsDocument.SCHEMA_VERSION)
                .inc("version", 1)
                .push("outbox").each(events.stream().map(outbox::entry).toArray());
        return mongo.updateFirst(unchanged, update, BoardGoalsDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<BoardGoals> find(BoardId board, MandatePeriod period) {
        return Optional.ofNullable(mongo.findById(idOf(board, period), BoardGoalsDocument.class)).map(this::toDomain);
    }

    @Override
    public Page<BoardGoals> list(BoardId board, MandatePeriod period, CouncilGoalId councilGoal, String organisationId,
                                 Pageable pageable) {
        Query filter = new Query();
        if (board != null) {
            filter.addCriteria(Criteria.where("boardId").is(board.toString()));
        }
        if (period != null) {
            filter.addCriteria(Criteria.where("mandatePeriod").is(period.toString()));
        }
        if (councilGoal != null) {
            filter.addCriteria(Criteria.where("goals.councilGoalId").is(councilGoal.toString()));
        }
        if (organisationId != null) {
            filter.addCriteria(Criteria.where("boardOrganisationId").is(organisationId));
        }
        List<BoardGoals> content = mongo.find(Query.of(filter).with(pageable), BoardGoalsDocument.class).stream()
                .map(this::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(filter, BoardGoalsDocument.class));
    }

    @Override
    public List<BoardGoals> serving(MandatePeriod period, Collection<CouncilGoalId> councilGoals) {
        Query serving = Query.query(Criteria.where("mandatePeriod").is(period.toString())
                .and("goals.councilGoalId").in(councilGoals.stream().map(CouncilGoalId::toString).toList()));
        return mongo.find(serving, BoardGoalsDocument.class).stream().map(this::toDomain).toList();
    }

    private static String idOf(BoardId board, MandatePeriod period) {
        return BoardGoalsDocument.idOf(board.toString(), period.toString());
    }

    private static List<BoardGoalsDocument.GoalDocument> goals(BoardGoals boardGoals) {
        return boardGoals.goals().stream().map(goal -> {
            BoardGoalsDocument.GoalDocument document = new BoardGoalsDocument.GoalDocument();
            document.id = goal.id().toString();
            document.title = goal.title();
            document.description = goal.description();
            document.councilGoalId = goal.councilGoalId().toString();
            document.indicators = goal.indicators().stream().map(indicator -> {
                BoardGoalsDocument.IndicatorDocument stored = new BoardGoalsDocument.IndicatorDocument();
                stored.id = indicator.id().toString();
                stored.name = indicator.name();
                stored.unit = indicator.unit();
                stored.direction = indicator.direction().name();
                stored.concernsPeople = indicator.concernsPeople();
                stored.breakdowns = indicator.breakdowns().stream().map(Enum::name)
                        .collect(Collectors.toCollection(ArrayList::new));
                stored.targets = indicator.targets().stream().map(target -> {
                    BoardGoalsDocument.TargetDocument value = new BoardGoalsDocument.TargetDocument();
                    value.year = target.year();
                    value.value = target.value().toPlainString();
                    return value;
                }).collect(Collectors.toCollection(ArrayList::new));
                stored.measureCode = indicator.measureCode();
                stored.aggregation = indicator.aggregation() == null ? null : indicator.aggregation().name();
                return stored;
            }).collect(Collectors.toCollection(ArrayList::new));
            return document;
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    private BoardGoals toDomain(BoardGoalsDocument document) {
        List<BoardGoal> goals = document.goals == null ? List.of() : document.goals.stream()
                .map(goal -> new BoardGoal(BoardGoalId.parse(goal.id).orElseThrow(), goal.title, goal.description,
                        CouncilGoalId.parse(goal.councilGoalId).orElseThrow(), goal.indicators == null ? List.of()
                        : goal.indicators.stream().map(MongoBoardGoalsRepository::indicator).toList()))
                .toList();
        return BoardGoals.restore(new BoardRef(BoardId.parse(document.boardId).orElseThrow(), document.boardShortName,
                        document.boardOrganisationId), MandatePeriod.parse(document.mandatePeriod).orElseThrow(), goals,
                document.adoptedAt, document.revisedAt, document.version == null ? 0 : document.version);
    }

    private static Indicator indicator(BoardGoalsDocument.IndicatorDocument document) {
        return new Indicator(IndicatorId.parse(document.id).orElseThrow(), document.name, document.unit,
                Direction.valueOf(document.direction), document.concernsPeople,
                document.breakdowns == null ? List.of() : document.breakdowns.stream().map(Breakdown::valueOf).toList(),
                document.targets == null ? List.of() : document.targets.stream()
                        .map(target -> new Target(target.year, new BigDecimal(target.value))).toList(),
                document.measureCode, document.measureCode == null ? null : document.aggregation == null
                        ? Aggregation.defaultFor(document.unit) : Aggregation.valueOf(document.aggregation));
    }

    @Configuration(proxyBeanMethods = false)
    static class BoardGoalsPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in board goal documents. */
        @Bean
        Outbox.Collection boardGoalsOutbox() {
            return new Outbox.Collection(BoardGoalsDocument.COLLECTION);
        }
    }
}
