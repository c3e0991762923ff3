package se.samverkan.defaults.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import se.samverkan.defaults.web.CorrelationId;

/**
 * Publishes the events waiting in aggregate documents' outboxes. An entry is removed only
 * after the broker confirmed it positively and did not return it as unroutable, so an event
 * is never lost: at worst it is published twice, which idempotent consumers absorb.
 */
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String OUTBOX_FIELD = "outbox";

    private final MongoTemplate mongo;
    private final RabbitTemplate rabbit;
    private final List<Outbox.Collection> collections;
    private final MessagingProperties properties;
    private final Counter published;
    private final Counter confirmed;
    private final Counter returned;
    private final Counter nacked;
    private ScheduledExecutorService executor;
    private volatile boolean running;

    OutboxRelay(MongoTemplate mongo, RabbitTemplate rabbit, List<Outbox.Collection> collections,
                MessagingProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.rabbit = rabbit;
        this.collections = collections;
        this.properties = properties;
        this.published = meters.counter("samverkan.outbox.published");
        this.confirmed = meters.counter("samverkan.outbox.confirmed");
        this.returned = meters.counter("samverkan.outbox.returned");
        this.nacked = meters.counter("samverkan.outbox.nacked");
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.relayInterval().toMillis();
        executor.scheduleWithFixedDelay(this::safeRelay, interval, interval, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        executor.shutdown();
        try {
            executor.awaitTermination(properties.confirmTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void safeRelay() {
        try {
            relayOnce();
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed; pending events stay in the outbox and are retried: {}", e.toString());
        }
    }

    /** One pass over every outbox collection; answers how many events were confirmed and removed. */
    int relayOnce() {
        int done = 0;
        for (Outbox.Collection collection : collections) {
            Query pending = new Query(Criteria.where(OUTBOX_FIELD + ".0").exists(true)).limit(properties.relayBatchSize());
            pending.fields().include(OUTBOX_FIELD);
            for (Document document : mongo.find(pending, Document.class, collection.name())) {
                done += relay(collection.name(), document);
            }
        }
        return done;
    }

    private int relay(String collection, Document document) {
        List<Document> entries = document.getList(OUTBOX_FIELD, Document.class, List.of());
        List<Sent> inFlight = new ArrayList<>();
        for (Document entry : entries) {
            CorrelationData correlation = new CorrelationData(entry.getString("eventId"));
            rabbit.send(entry.getString("exchange"), entry.getString("type"), toMessage(entry), correlation);
            published.increment();
            inFlight.add(new Sent(entry, correlation));
        }
        int done = 0;
        for (Sent sent : inFlight) {
            if (confirmedAndRouted(sent)) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
                        new Update().pull(OUTBOX_FIELD, new Document("eventId", sent.entry().getString("eventId"))),
                        collection);
                done++;
            }
        }
        return done;
    }

    private boolean confirmedAndRouted(Sent sent) {
        String eventId = sent.entry().getString("eventId");
        try {
            CorrelationData.Confirm confirm = sent.correlation().getFuture()
                    .get(properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!confirm.ack()) {
                nacked.increment();
                log.error("ALARM broker refused event {} ({}): {}; it stays in the outbox", eventId,
                        sent.entry().getString("type"), confirm.reason());
                return false;
            }
            if (sent.correlation().getReturned() != null) {
                returned.increment();
                log.error("ALARM event {} ({}) was unroutable on exchange {}: {}; it stays in the outbox", eventId,
                        sent.entry().getString("type"), sent.entry().getString("exchange"),
                        sent.correlation().getReturned().getReplyText());
                return false;
            }
            confirmed.increment();
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("No confirm for event {} within {}; it stays in the outbox", eventId, properties.confirmTimeout());
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            log.warn("Confirm for event {} failed: {}; it stays in the outbox", eventId, e.getCause().toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Message toMessage(Document entry) {
        String envelope = entry.getString("envelope");
        Document parsed = Document.parse(envelope);
        var builder = MessageBuilder.withBody(envelope.getBytes(StandardCharsets.UTF_8))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setContentEncoding(StandardCharsets.UTF_8.name())
                .setMessageId(entry.getString("eventId"))
                .setType(entry.getString("type"))
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        Object correlationId = parsed.get("correlationId");
        if (correlationId != null) {
            builder.setHeader(CorrelationId.HEADER, correlationId.toString());
        }
        return builder.build();
    }

    private record Sent(Document entry, CorrelationData correlation) {
    }
}
