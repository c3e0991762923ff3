package se.samverkan.defaults.persistence;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverkan.defaults.web.CorrelationId;

/**
 * The append-only record of administrative acts in this service: who, what, on which target,
 * when, with which correlation id and outcome. Entries are only ever inserted.
 */
public class AuditLog {

    public static final String COLLECTION = "audit_log";

    private final MongoTemplate mongo;
    private final Clock clock;

    public AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void record(String actor, String action, String target, String outcome) {
        mongo.insert(new Document("_id", UUID.randomUUID().toString())
                .append("at", Date.from(clock.instant()))
                .append("actor", actor)
                .append("action", action)
                .append("target", target)
                .append("outcome", outcome)
                .append("correlationId", CorrelationId.current()), COLLECTION);
    }
}
