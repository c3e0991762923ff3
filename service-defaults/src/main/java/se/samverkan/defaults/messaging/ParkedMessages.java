package se.samverkan.defaults.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;

import se.samverkan.defaults.persistence.AuditLog;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.CorrelationId;

/**
 * The parked messages of this service, kept in its database so an administrator can list them,
 * replay one once its cause is fixed, or discard it with a reason. Every replay and discard is
 * written to the append-only audit log.
 */
public class ParkedMessages {

    static final String COLLECTION = "parked_messages";

    public enum Status { PARKED, REPLAYING, REPLAYED, DISCARDED }

    private final MongoTemplate mongo;
    private final RabbitTemplate rabbit;
    private final Clock clock;
    private final Duration confirmTimeout;
    private final AuditLog audit;

    ParkedMessages(MongoTemplate mongo, RabbitTemplate rabbit, Clock clock, Duration confirmTimeout, AuditLog audit) {
        this.mongo = mongo;
        this.rabbit = rabbit;
        this.clock = clock;
        this.confirmTimeout = confirmTimeout;
        this.audit = audit;
    }

    /** Keeps a message taken off the parking queue; a second copy of the same parking is ignored. */
    void archive(Message message) {
        Map<String, Object> headers = message.getMessageProperties().getHeaders();
        Object parkingId = headers.get(ParkingMessageRecoverer.PARKING_ID_HEADER);
        Document document = new Document("_id", parkingId != null ? parkingId.toString() : UUID.randomUUID().toString())
                .append("messageId", message.getMessageProperties().getMessageId())
                .append("type", message.getMessageProperties().getType())
                .append("queue", string(headers.get(ParkingMessageRecoverer.QUEUE_HEADER)))
                .append("originalExchange", string(headers.get("x-original-exchange")))
                .append("originalRoutingKey", string(headers.get("x-original-routingKey")))
                .append("correlationId", string(headers.get(CorrelationId.HEADER)))
                .append("reason", string(headers.get(ParkingMessageRecoverer.REASON_HEADER)))
                .append("attempts", headers.get(ParkingMessageRecoverer.ATTEMPTS_HEADER))
                .append("contentType", message.getMessageProperties().getContentType())
                .append("body", new String(message.getBody(), StandardCharsets.UTF_8))
                .append("parkedAt", Date.from(clock.instant()))
                .append("status", Status.PARKED.name());
        try {
            mongo.insert(document, COLLECTION);
        } catch (DuplicateKeyException alreadyArchived) {
            // the broker redelivered a parked message we had already kept
        }
    }

    public Page<Document> list(Status status, Pageable pageable) {
        Query filter = status == null ? new Query() : Query.query(Criteria.where("status").is(status.name()));
        List<Document> content = mongo.find(Query.of(filter).with(pageable), Document.class, COLLECTION);
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(filter, COLLECTION));
    }

    public Optional<Document> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION));
    }

    /** What replaying or discarding can come to. */
    public enum Result { DONE, NOT_FOUND, NOT_PARKED, BROKER_REFUSED }

    /**
     * Publishes the message again to its original exchange and routing key and waits for the
     * broker's confirm. Only a PARKED message can be replayed, and only once at a time.
     */
    public Result replay(String id, Caller actor) {
        Document claimed = mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status")
                        .is(Status.PARKED.name())), new Update().set("status", Status.REPLAYING.name()),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        if (claimed == null) {
            return audit("replay", id, actor, find(id).isPresent() ? Result.NOT_PARKED : Result.NOT_FOUND);
        }
        Message message = MessageBuilder.withBody(claimed.getString("body").getBytes(StandardCharsets.UTF_8))
                .setContentType(claimed.getString("contentType"))
                .setMessageId(claimed.getString("messageId"))
                .setType(claimed.getString("type"))
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setHeader(CorrelationId.HEADER, claimed.getString("correlationId"))
                .build();
        boolean confirmed;
        try {
            CorrelationData correlation = new CorrelationData(id);
            rabbit.send(claimed.getString("originalExchange"), claimed.getString("originalRoutingKey"), message,
                    correlation);
            CorrelationData.Confirm confirm = correlation.getFuture().get(confirmTimeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            confirmed = confirm.ack() && correlation.getReturned() == null;
        } catch (Exception e) {
            confirmed = false;
        }
        Status next = confirmed ? Status.REPLAYED : Status.PARKED;
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("status", next.name())
                .set("resolvedAt", confirmed ? Date.from(clock.instant()) : null), COLLECTION);
        return audit("replay", id, actor, confirmed ? Result.DONE : Result.BROKER_REFUSED);
    }

    /** Marks a parked message as deliberately not to be applied, with the reason. */
    public Result discard(String id, String reason, Caller actor) {
        Document discarded = mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status")
                        .is(Status.PARKED.name())), new Update().set("status", Status.DISCARDED.name())
                        .set("resolvedAt", Date.from(clock.instant())).set("discardReason", reason),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        if (discarded == null) {
            return audit("discard", id, actor, find(id).isPresent() ? Result.NOT_PARKED : Result.NOT_FOUND);
        }
        return audit("discard", id, actor, Result.DONE);
    }

    private Result audit(String action, String id, Caller actor, Result result) {
        audit.record(actor, "parked-message." + action, id, result.name());
        return result;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
