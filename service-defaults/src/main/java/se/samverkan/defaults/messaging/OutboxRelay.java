package se.samverkan.defaults.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.BsonValue;
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
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import se.samverkan.defaults.web.CorrelationId;

/**
 * Publishes the events waiting in aggregate documents' outboxes. An entry is removed only
 * after the broker confirmed it positively and did not return it as unroutable, so an event
 * is never lost: at worst it is published twice, which idempotent consumers absorb.
 *
 * <p>Several instances of a service may run: an instance first claims a document with a lease
 * (one bulk write per batch), so two relays do not publish the same document's events at once; a
 * lease left by a crashed instance expires. An entry the broker refused or returned is tried
 * again with exponential backoff, and each refusal raises a metric and an ALARM log line.
 */
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String OUTBOX_FIELD = "outbox";
    static final String LEASE_FIELD = "outboxLease";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** How many times the sweep interval an idle sweep waits at most (5 s → 20 s with the defaults). */
    static final int SWEEP_BACKOFF_LIMIT = 4;

    private final MongoTemplate mongo;
    private final RabbitTemplate rabbit;
    private final List<Outbox.Collection> collections;
    private final OutboxWrites writes;
    private final MessagingProperties properties;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    private final Counter published;
    private final Counter confirmed;
    private final Counter returned;
    private final Counter nacked;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();
    private ExecutorService executor;
    private volatile boolean running;
    private volatile boolean stopping;

    OutboxRelay(MongoTemplate mongo, RabbitTemplate rabbit, List<Outbox.Collection> collections,
                MessagingProperties properties, MeterRegistry meters, Clock clock) {
        this(mongo, rabbit, collections, null, properties, meters, clock);
    }

    /** With {@code writes}, documents written through this instance are published as soon as written. */
    OutboxRelay(MongoTemplate mongo, RabbitTemplate rabbit, List<Outbox.Collection> collections, OutboxWrites writes,
                MessagingProperties properties, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.rabbit = rabbit;
        this.collections = collections;
        this.writes = writes;
        this.properties = properties;
        this.clock = clock;
        this.published = meters.counter("samverkan.outbox.published");
        this.confirmed = meters.counter("samverkan.outbox.confirmed");
        this.returned = meters.counter("samverkan.outbox.returned");
        this.nacked = meters.counter("samverkan.outbox.nacked");
        Gauge.builder("samverkan.outbox.pending", pending, AtomicLong::get)
                .description("events waiting in outboxes").register(meters);
        Gauge.builder("samverkan.outbox.oldest.pending.age", oldestPendingMillis, value -> value.get() / 1000.0)
                .description("age in seconds of the oldest event waiting in an outbox").baseUnit("seconds")
                .register(meters);
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        executor.execute(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        stopping = true;
        executor.shutdown();
        try {
            executor.awaitTermination(properties.confirmTimeout().toMillis() + properties.relayInterval().toMillis()
                    + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Publishes what this instance's writes hint at as they come, and sweeps every outbox
     * collection every {@code relaySweepInterval} (every {@code relayInterval} without hints) for
     * the rest: other instances' documents after a crash, entries waiting for their backoff, writes
     * the hints did not see. A sweep reads the whole collection on a server without an index for it
     * (the embedded one), so a sweep that finds nothing it is there for doubles the wait before the
     * next, up to {@link #SWEEP_BACKOFF_LIMIT} times the interval; one that finds any resets it.
     */
    private void loop() {
        long interval = properties.relayInterval().toMillis();
        long sweepBase = writes == null ? interval : properties.relaySweepInterval().toMillis();
        long sweepEvery = sweepBase;
        long nextSweep = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(interval);
        while (running) {
            try {
                long untilSweep = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextSweep - System.nanoTime()));
                long wait = Math.min(untilSweep, interval);
                if (writes != null) {
                    relayHinted(writes.await(wait, TimeUnit.MILLISECONDS, properties.relayBatchSize()));
                } else {
                    Thread.sleep(wait);
                }
                if (System.nanoTime() - nextSweep >= 0) {
                    int found = sweep(writes == null ? Duration.ZERO : properties.relaySweepInterval());
                    // while the hints leave nothing for the sweep, it reads the collections ever more rarely
                    // (up to SWEEP_BACKOFF_LIMIT times the interval); anything found brings it back
                    sweepEvery = writes == null || found > 0 ? sweepBase
                            : Math.min(sweepEvery * 2, sweepBase * SWEEP_BACKOFF_LIMIT);
                    nextSweep = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(sweepEvery);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed; pending events stay in the outbox and are retried: {}", e.toString());
            }
        }
    }

    /**
     * One read of each outbox collection, which also measures the backlog for the gauges, then the
     * documents it is there for published a batch at a time. The sweep is there for an entry that
     * has been tried before (it waits for its backoff), one older than {@code grace} (the hints had
     * that long to publish it), and a document another instance holds or held a lease on; a document
     * only this instance's hints are publishing is left to them. Answers how many such documents it
     * found, due or not.
     */
    int sweep(Duration grace) {
        int found = 0;
        long count = 0;
        Instant oldest = null;
        for (Outbox.Collection collection : collections) {
            Instant now = clock.instant();
            Instant hintedAfter = now.minus(grace);
            Query pendingDocuments = new Query(Criteria.where(OUTBOX_FIELD + ".0").exists(true));
            pendingDocuments.fields().include(OUTBOX_FIELD + ".createdAt").include(OUTBOX_FIELD + ".nextAttemptAt")
                    .include(LEASE_FIELD);
            List<Object> due = new ArrayList<>();
            try (var documents = mongo.stream(pendingDocuments, Document.class, collection.name())) {
                for (Document document : (Iterable<Document>) documents::iterator) {
                    boolean forTheSweep = false;
                    boolean waiting = true;
                    for (Document entry : document.getList(OUTBOX_FIELD, Document.class, List.of())) {
                        count++;
                        Date created = entry.getDate("createdAt");
                        Date next = entry.getDate("nextAttemptAt");
                        if (created != null && (oldest == null || created.toInstant().isBefore(oldest))) {
                            oldest = created.toInstant();
                        }
                        forTheSweep |= next != null || created == null || !created.toInstant().isAfter(hintedAfter);
                        waiting &= next != null && next.toInstant().isAfter(now);
                    }
                    Document lease = document.get(LEASE_FIELD, Document.class);
                    forTheSweep |= lease != null && !instance.equals(lease.getString("owner"));
                    boolean free = lease == null || lease.getDate("until") == null
                            || lease.getDate("until").toInstant().isBefore(now);
                    if (forTheSweep) {
                        found++;
                        if (free && !waiting) {
                            due.add(document.get("_id"));
                        }
                    }
                }
            }
            for (int from = 0; from < due.size() && !stopping; from += properties.relayBatchSize()) {
                relayBatch(collection.name(), due.subList(from, Math.min(due.size(), from + properties.relayBatchSize())),
                        clock.instant());
            }
        }
        pending.set(count);
        oldestPendingMillis.set(oldest == null ? 0 : Duration.between(oldest, clock.instant()).toMillis());
        return found;
    }

    private void relayHinted(List<OutboxWrites.Hint> hints) {
        if (hints.isEmpty()) {
            return;
        }
        Map<String, Set<Object>> byCollection = new LinkedHashMap<>();
        for (OutboxWrites.Hint hint : hints) {
            Object id = javaValue(hint.id());
            if (id != null) {
                byCollection.computeIfAbsent(hint.collection(), c -> new LinkedHashSet<>()).add(id);
            }
        }
        Instant now = clock.instant();
        byCollection.forEach((collection, ids) -> relayBatch(collection, ids, now));
    }

    /**
     * Claims the documents, publishes every due entry of all of them, then waits for the broker's
     * confirms together and removes what was confirmed; the claims are released whatever happens.
     * Three round trips to the database for the whole batch (claim, read, settle), not three per
     * document: on a busy database the relay otherwise fell behind the writes it publishes.
     */
    private int relayBatch(String collection, java.util.Collection<Object> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        String batch = UUID.randomUUID().toString();
        List<Document> claimed = List.of();
        try {
            claimed = claim(collection, ids, batch, now);
            List<Sent> inFlight = new ArrayList<>();
            for (Document document : claimed) {
                send(document, now, inFlight);
            }
            return settle(collection, claimed, inFlight);
        } catch (RuntimeException e) {
            release(collection, claimed);
            throw e;
        }
    }

    /**
     * Claims the documents that are free (no lease, or an expired one) for this instance with one
     * bulk write, then reads back those this batch holds: another instance's live lease is left alone.
     */
    private List<Document> claim(String collection, java.util.Collection<Object> ids, String batch, Instant now) {
        Instant until = now.plus(properties.confirmTimeout().multipliedBy(2)).plusSeconds(5);
        Update lease = new Update().set(LEASE_FIELD, new Document("owner", instance).append("batch", batch)
                .append("until", Date.from(until)));
        BulkOperations claims = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        for (Object id : ids) {
            claims.updateOne(Query.query(Criteria.where("_id").is(id).orOperator(
                    Criteria.where(LEASE_FIELD).exists(false),
                    Criteria.where(LEASE_FIELD + ".until").lt(Date.from(now)))), lease);
        }
        if (claims.execute().getModifiedCount() == 0) {
            return List.of();
        }
        Query held = Query.query(Criteria.where("_id").in(ids).and(LEASE_FIELD + ".batch").is(batch));
        held.fields().include(OUTBOX_FIELD);
        return mongo.find(held, Document.class, collection);
    }

    private void release(String collection, List<Document> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        BulkOperations releases = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        claimed.forEach(document -> releases.updateOne(released(document.get("_id")), new Update().unset(LEASE_FIELD)));
        releases.execute();
    }

    private Query released(Object id) {
        return Query.query(Criteria.where("_id").is(id).and(LEASE_FIELD + ".owner").is(instance));
    }

    private void send(Document document, Instant now, List<Sent> inFlight) {
        for (Document entry : document.getList(OUTBOX_FIELD, Document.class, List.of())) {
            Date next = entry.getDate("nextAttemptAt");
            if (next != null && next.toInstant().isAfter(now)) {
                continue;
            }
            CorrelationData correlation = new CorrelationData(entry.getString("eventId"));
            rabbit.send(entry.getString("exchange"), entry.getString("type"), toMessage(entry), correlation);
            published.increment();
            inFlight.add(new Sent(document.get("_id"), entry, correlation));
        }
    }

    /**
     * One ordered bulk write: per document, the confirmed entries pulled, each refused one given
     * its next attempt, and the lease released (only if still this instance's).
     */
    private int settle(String collection, List<Document> claimed, List<Sent> inFlight) {
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Object, List<String>> confirmedPerDocument = new LinkedHashMap<>();
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, collection);
        int done = 0;
        for (Sent sent : inFlight) {
            String eventId = sent.entry().getString("eventId");
            if (confirmedAndRouted(sent)) {
                confirmedPerDocument.computeIfAbsent(sent.documentId(), id -> new ArrayList<>()).add(eventId);
                done++;
            } else {
                int attempts = sent.entry().getInteger("attempts", 0) + 1;
                writes.updateOne(Query.query(Criteria.where("_id").is(sent.documentId())), new Update()
                        .set(OUTBOX_FIELD + ".$[entry].attempts", attempts)
                        .set(OUTBOX_FIELD + ".$[entry].nextAttemptAt", Date.from(clock.instant().plus(backoff(attempts))))
                        .filterArray(Criteria.where("entry.eventId").is(eventId)));
            }
        }
        confirmedPerDocument.forEach((id, eventIds) -> writes.updateOne(Query.query(Criteria.where("_id").is(id)),
                new Update().pull(OUTBOX_FIELD, new Document("eventId", new Document("$in", eventIds)))));
        claimed.forEach(document -> writes.updateOne(released(document.get("_id")), new Update().unset(LEASE_FIELD)));
        writes.execute();
        return done;
    }

    /** The hinted {@code _id} as the template takes it: the kinds of id the services use, else null (the sweep finds it). */
    private static Object javaValue(BsonValue id) {
        if (id == null) {
            return null;
        }
        if (id.isString()) {
            return id.asString().getValue();
        }
        if (id.isObjectId()) {
            return id.asObjectId().getValue();
        }
        if (id.isInt64()) {
            return id.asInt64().getValue();
        }
        if (id.isInt32()) {
            return id.asInt32().getValue();
        }
        return null;
    }

    /** Waits twice as long after each failed attempt, from the relay interval up to 30 seconds. */
    Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts, 16);
        Duration wait = properties.relayInterval().multipliedBy(factor);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private boolean confirmedAndRouted(Sent sent) {
        String eventId = sent.entry().getString("eventId");
        try {
            CorrelationData.Confirm confirm = sent.correlation().getFuture()
                    .get(properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (sent.correlation().getReturned() != null) {
                returned.increment();
                log.error("ALARM event {} ({}) was unroutable on exchange {}: {}; it stays in the outbox", eventId,
                        sent.entry().getString("type"), sent.entry().getString("exchange"),
                        sent.correlation().getReturned().getReplyText());
                return false;
            }
            if (!confirm.ack()) {
                nacked.increment();
                log.error("ALARM broker refused event {} ({}): {}; it stays in the outbox", eventId,
                        sent.entry().getString("type"), confirm.reason());
                return false;
            }
            confirmed.increment();
            return true;
        } catch (TimeoutException e) {
            log.warn("No confirm for event {} within {}; it stays in the outbox", eventId, properties.confirmTimeout());
            return false;
        } catch (ExecutionException e) {
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

    private record Sent(Object documentId, Document entry, CorrelationData correlation) {
    }
}
