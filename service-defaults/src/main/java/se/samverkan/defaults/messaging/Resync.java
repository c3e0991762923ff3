package se.samverkan.defaults.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.resync.ResyncRequestedV1;
import se.samverkan.defaults.persistence.AuditLog;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.web.CorrelationId;

/**
 * Rebuilds this service's read models without reading another service's database: it asks the
 * owner over the broker to publish snapshots of its current state, which the read model's
 * listeners apply like any event (idempotently, newest version winning).
 */
public class Resync {

    public enum Result { REQUESTED, NO_SUCH_READ_MODEL, BROKER_REFUSED }

    private final List<ReadModel> readModels;
    private final RabbitTemplate rabbit;
    private final MongoTemplate mongo;
    private final Topology topology;
    private final MessagingProperties properties;
    private final Clock clock;
    private final AuditLog audit;

    Resync(List<ReadModel> readModels, RabbitTemplate rabbit, MongoTemplate mongo, Topology topology,
           MessagingProperties properties, Clock clock, AuditLog audit) {
        this.readModels = readModels;
        this.rabbit = rabbit;
        this.mongo = mongo;
        this.topology = topology;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    public List<ReadModel> readModels() {
        return readModels;
    }

    /** Asks the owner to publish snapshots; the read model is brought up to date, nothing is removed. */
    public Result resync(String name, Caller actor) {
        return find(name).map(model -> audited(actor, "read-model.resync", model, request(model, "resync")))
                .orElse(Result.NO_SUCH_READ_MODEL);
    }

    /** Empties the read model, then asks the owner for snapshots; it fills again as they arrive. */
    public Result rebuild(String name, Caller actor) {
        Optional<ReadModel> found = find(name);
        if (found.isEmpty()) {
            return Result.NO_SUCH_READ_MODEL;
        }
        ReadModel model = found.get();
        model.collections().forEach(collection -> mongo.remove(new Query(), collection));
        return audited(actor, "read-model.rebuild", model, request(model, "rebuild"));
    }

    private Result request(ReadModel model, String reason) {
        if (!EventTypes.PRODUCER_SERVICE.equals(model.owner())) {
            throw new IllegalStateException("no resync request type for owner " + model.owner());
        }
        EventEnvelope<ResyncRequestedV1> envelope = new EventEnvelope<>(UUID.randomUUID(),
                EventTypes.RESYNC_REQUESTED_OF_PRODUCER_V1.name(), clock.instant(), properties.service(), null,
                CorrelationId.current(), new ResyncRequestedV1(model.owner(), properties.service(), model.name(), reason));
        CorrelationData correlation = new CorrelationData(envelope.eventId().toString());
        try {
            rabbit.send(topology.exchangeOf(model.owner()), envelope.type(),
                    MessageBuilder.withBody(EventJson.write(envelope).getBytes(StandardCharsets.UTF_8))
                            .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                            .setMessageId(envelope.eventId().toString())
                            .setType(envelope.type())
                            .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                            .setHeader(CorrelationId.HEADER, envelope.correlationId())
                            .build(), correlation);
            CorrelationData.Confirm confirm = correlation.getFuture().get(properties.confirmTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
            return confirm.ack() && correlation.getReturned() == null ? Result.REQUESTED : Result.BROKER_REFUSED;
        } catch (Exception e) {
            return Result.BROKER_REFUSED;
        }
    }

    private Result audited(Caller actor, String action, ReadModel model, Result result) {
        audit.record(actor, action, model.name(), result.name());
        return result;
    }

    private Optional<ReadModel> find(String name) {
        return readModels.stream().filter(model -> model.name().equals(name)).findFirst();
    }
}
