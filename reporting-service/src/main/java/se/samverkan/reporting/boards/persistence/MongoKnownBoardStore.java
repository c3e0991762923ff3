package se.samverkan.reporting.boards.persistence;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import se.samverkan.defaults.persistence.ProcessedEvents;
import se.samverkan.reporting.boards.application.KnownBoardStore;
import se.samverkan.reporting.boards.domain.KnownBoard;

@Repository
class MongoKnownBoardStore implements KnownBoardStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoKnownBoardStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A conditional upsert keyed by the board: a redelivered or older event collides on the id and changes nothing. */
    @Override
    public boolean saveIfNewer(KnownBoard board, long version, String eventId) {
        Query olderOrMissing = Query.query(ProcessedEvents.notYetApplied(Criteria.where("_id").is(board.boardId())
                .and("version").lt(version), eventId));
        Update update = new Update()
                .set("organisationId", board.organisationId())
                .set("shortName", board.shortName())
                .set("name", board.name())
                .set("version", version)
                .set("updatedAt", clock.instant())
                .set("schemaVersion", 1);
        ProcessedEvents.record(update, eventId);
        try {
            mongo.upsert(olderOrMissing, update, KnownBoardDocument.class);
            return true;
        } catch (DuplicateKeyException alreadyAtThisVersionOrNewer) {
            return false;
        }
    }

    @Override
    public List<KnownBoard> all() {
        return mongo.find(new Query().with(Sort.by("shortName", "organisationId")), KnownBoardDocument.class).stream()
                .map(document -> new KnownBoard(document.id, document.organisationId, document.shortName,
                        document.name)).toList();
    }
}
