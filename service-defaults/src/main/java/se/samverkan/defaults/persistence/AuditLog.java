package se.samverkan.defaults.persistence;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.CorrelationId;

/**
 * The append-only audit trail of this service: every state-changing request and every
 * administrative act, with who, which organisation, what, on which target, when, the
 * correlation id and the outcome. Entries are only ever inserted.
 */
public class AuditLog {

    public static final String COLLECTION = "audit_log";
    /** The actor of a request that carried no valid token. */
    public static final String ANONYMOUS = "anonymous";

    private final MongoTemplate mongo;
    private final Clock clock;

    public AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** An administrative act by the caller. */
    public void record(Caller caller, String action, String target, String outcome) {
        mongo.insert(entry(actorOf(caller), action, target, outcome).append("organisation", caller.organisation()),
                COLLECTION);
    }

    /** A state-changing HTTP request and how it ended; no body is kept, so no personal data is copied. */
    public void recordRequest(Caller caller, String method, String path, int status) {
        String outcome = status < 400 ? "SUCCEEDED" : status < 500 ? "REJECTED" : "FAILED";
        mongo.insert(entry(actorOf(caller), "http." + method, path, outcome)
                .append("organisation", caller.organisation())
                .append("status", status), COLLECTION);
    }

    /** Newest first. */
    public Page<Document> list(Pageable pageable) {
        Query all = new Query().with(pageable);
        return PageableExecutionUtils.getPage(mongo.find(all, Document.class, COLLECTION), pageable,
                () -> mongo.count(new Query(), COLLECTION));
    }

    private static String actorOf(Caller caller) {
        return caller.isAnonymous() ? ANONYMOUS : caller.username();
    }

    private Document entry(String actor, String action, String target, String outcome) {
        return new Document("_id", UUID.randomUUID().toString())
                .append("at", Date.from(clock.instant()))
                .append("actor", actor)
                .append("action", action)
                .append("target", target)
                .append("outcome", outcome)
                .append("correlationId", CorrelationId.current());
    }
}
