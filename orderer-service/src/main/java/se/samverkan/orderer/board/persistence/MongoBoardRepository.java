package se.samverkan.orderer.board.persistence;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
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
import se.samverkan.orderer.board.application.BoardRepository;
import se.samverkan.orderer.board.domain.Board;
import se.samverkan.orderer.board.domain.BoardId;
import se.samverkan.orderer.board.domain.ServiceAreaResponsibility;

@Repository
class MongoBoardRepository implements BoardRepository {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoBoardRepository(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** The board and the events of its registration in one insert. */
    @Override
    public boolean insert(Board board, List<EventEnvelope<?>> events) {
        BoardDocument document = new BoardDocument();
        document.id = board.id().toString();
        document.name = board.name();
        document.nameKey = board.nameKey();
        document.shortName = board.shortName();
        document.createdAt = board.createdAt();
        events.forEach(event -> document.outbox.add(outbox.entry(event)));
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** One write that matches only the version read; only the service areas change. */
    @Override
    public boolean update(Board board, long readVersion) {
        List<Document> areas = board.serviceAreas().stream().map(area -> new Document("serviceArea",
                area.serviceArea()).append("responsibleOfficial", area.responsibleOfficial())).toList();
        Query unchanged = Query.query(Criteria.where("_id").is(board.id().toString()).and("version").is(readVersion));
        return mongo.updateFirst(unchanged, new Update().set("serviceAreas", areas).inc("version", 1),
                BoardDocument.class).getMatchedCount() == 1;
    }

    @Override
    public boolean existsWithNameOrShortName(Board board) {
        return mongo.exists(Query.query(new Criteria().orOperator(Criteria.where("nameKey").is(board.nameKey()),
                Criteria.where("shortName").is(board.shortName()))), BoardDocument.class);
    }

    @Override
    public Optional<Board> find(BoardId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), BoardDocument.class)).map(this::toDomain);
    }

    @Override
    public Page<Board> list(Pageable pageable) {
        List<Board> content = mongo.find(new Query().with(pageable), BoardDocument.class).stream()
                .map(this::toDomain).toList();
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(new Query(), BoardDocument.class));
    }

    private Board toDomain(BoardDocument document) {
        List<ServiceAreaResponsibility> areas = document.serviceAreas == null ? List.of()
                : document.serviceAreas.stream().map(area -> new ServiceAreaResponsibility(area.serviceArea,
                        area.responsibleOfficial)).toList();
        return Board.restore(BoardId.parse(document.id).orElseThrow(), document.name, document.shortName, areas,
                document.createdAt, document.version == null ? 0 : document.version);
    }

    @Configuration(proxyBeanMethods = false)
    static class BoardPersistenceConfiguration {

        /** Tells the outbox relay to drain events stored in board documents. */
        @Bean
        Outbox.Collection boardsOutbox() {
            return new Outbox.Collection(BoardDocument.COLLECTION);
        }
    }
}
