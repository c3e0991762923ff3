package se.samverkan.defaults.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.ProviderRegisteredV1;
import se.samverkan.defaults.testing.TestInfrastructure;

/** The relay against the embedded MongoDB server and a real RabbitMQ. */
@SpringBootTest(classes = OutboxRelayIT.TestApplication.class, properties = {
        "spring.application.name=relay-test", "spring.config.import=classpath:samverkan-defaults.yml",
        "spring.main.web-application-type=none"})
class OutboxRelayIT {

    static final String COLLECTION = "widgets";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestApplication {
        @Bean
        Outbox.Collection widgets() {
            return new Outbox.Collection(COLLECTION);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
        registry.add("samverkan.messaging.relay-interval", () -> "50ms");
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    Topology topology;
    @Autowired
    Outbox outbox;
    @Autowired
    MeterRegistry meters;

    private String observer;
    private String exchange;

    @BeforeEach
    void observe() {
        exchange = topology.exchangeOf(EventTypes.PRODUCER_SERVICE);
        admin.declareExchange(new TopicExchange(exchange, true, false));
        observer = admin.declareQueue(new Queue(topology.queue("observer-" + UUID.randomUUID()), false, false, false));
        admin.declareBinding(BindingBuilder.bind(new Queue(observer)).to(new TopicExchange(exchange))
                .with(EventTypes.PROVIDER_REGISTERED_V1.name()));
    }

    @AfterEach
    void clean() {
        admin.deleteQueue(observer);
        admin.deleteExchange(exchange);
        mongo.getDb().drop();
    }

    @Test
    void everyPendingEventIsPublishedOnceAndRemovedFromItsDocument() {
        for (int i = 0; i < 20; i++) {
            mongo.insert(widget(event("widget " + i)), COLLECTION);
        }

        for (int i = 0; i < 20; i++) {
            assertThat(rabbit.receive(observer, 10_000)).as("event " + i).isNotNull();
        }
        assertThat(rabbit.receive(observer, 500)).isNull();
        await().atMost(Duration.ofSeconds(5)).until(() ->
                mongo.count(new org.springframework.data.mongodb.core.query.Query(
                        org.springframework.data.mongodb.core.query.Criteria.where("outbox.0").exists(true)), COLLECTION) == 0);
    }

    @Test
    void anUnroutableEventStaysInTheOutboxWithBackoffAndRaisesTheReturnedMetric() {
        double before = meters.counter("samverkan.outbox.returned").count();
        EventEnvelope<ProviderRegisteredV1> event = EventEnvelope.of(EventTypes.PROVIDER_REGISTERED_V1, Instant.now(),
                null, "test", new ProviderRegisteredV1(UUID.randomUUID().toString(), "x", "AKTIEBOLAG", null, null, 0));
        OutboxEntry good = outbox.entry(event);
        OutboxEntry unroutable = new OutboxEntry(UUID.randomUUID().toString(), "nobody.listens.v1", good.exchange(),
                good.envelope(), Instant.now());
        Document document = new Document("_id", "w-unroutable").append("outbox", List.of(toDocument(unroutable)));
        mongo.insert(document, COLLECTION);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document stored = mongo.findById("w-unroutable", Document.class, COLLECTION);
            Document entry = stored.getList("outbox", Document.class).get(0);
            assertThat(entry.getInteger("attempts", 0)).isGreaterThanOrEqualTo(1);
            assertThat(entry.getDate("nextAttemptAt")).isNotNull();
        });
        assertThat(meters.counter("samverkan.outbox.returned").count()
                + meters.counter("samverkan.outbox.nacked").count()).isGreaterThan(before);
    }

    @Test
    void aDocumentLeasedByAnotherLiveInstanceIsLeftAloneUntilTheLeaseExpires() {
        Document document = widget(event("leased"));
        document.append("outboxLease", new Document("owner", "another-instance")
                .append("until", Date.from(Instant.now().plusSeconds(2))));
        mongo.insert(document, COLLECTION);

        assertThat(rabbit.receive(observer, 1_000)).as("not while another instance holds the lease").isNull();
        Message message = rabbit.receive(observer, 10_000);
        assertThat(message).as("after the lease expired").isNotNull();
    }

    /**
     * The relay publishes what the service itself writes as soon as it is written, told by the
     * driver, not when its sweep next reads the collection: here the sweep runs only once an hour.
     */
    @Nested
    @TestPropertySource(properties = "samverkan.messaging.relay-sweep-interval=1h")
    class WithTheSweepAnHourAway {

        @Test
        void anInsertedAndAnUpdatedDocumentsEventsArePublishedWithoutWaitingForTheSweep() {
            // past the relay's first sweep, which runs one relay interval (50 ms) after it starts
            await().pollDelay(Duration.ofMillis(500)).until(() -> true);
            Document document = widget(event("first")).append("version", 1);
            mongo.insert(document, COLLECTION);
            assertThat(rabbit.receive(observer, 10_000)).as("the inserted document's event").isNotNull();

            mongo.updateFirst(Query.query(Criteria.where("_id").is(document.getString("_id")).and("version").is(1)),
                    new Update().inc("version", 1).push("outbox", toDocument(outbox.entry(event("second")))),
                    COLLECTION);
            assertThat(rabbit.receive(observer, 10_000)).as("the event pushed by a conditional update").isNotNull();
        }
    }

    /**
     * A sweep leaves to the hints what they are about to publish and takes what they cannot: an
     * entry older than the grace, one being retried, a document another instance held. Written
     * through a client of its own, so this context's relay is never told of these documents.
     */
    @Test
    void aSweepPublishesWhatTheHintsLeftAndLeavesFreshWritesToThem() {
        String collection = "swept";
        Instant now = Instant.now();
        try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri())) {
            MongoTemplate unhinted = new MongoTemplate(client, mongo.getDb().getName());
            unhinted.insert(pending("fresh", event("fresh"), now, null, null), collection);
            unhinted.insert(pending("old", event("old"), now.minusSeconds(60), null, null), collection);
            unhinted.insert(pending("retry-due", event("retry due"), now, now.minusSeconds(1), null), collection);
            unhinted.insert(pending("retry-waiting", event("retry waiting"), now, now.plusSeconds(60), null), collection);
            unhinted.insert(pending("held-elsewhere", event("held"), now, null,
                    new Document("owner", "another-instance").append("until", Date.from(now.minusSeconds(1)))), collection);
            OutboxRelay sweeper = new OutboxRelay(unhinted, rabbit, List.of(new Outbox.Collection(collection)),
                    new MessagingProperties("x", "y", Duration.ofMillis(250), Duration.ofSeconds(5), 100,
                            Duration.ofSeconds(5), false, false), meters, java.time.Clock.systemUTC());

            assertThat(sweeper.sweep(Duration.ofSeconds(30))).as("documents the sweep is there for").isEqualTo(4);

            List<String> names = new java.util.ArrayList<>();
            for (Message message; (message = rabbit.receive(observer, 2_000)) != null; ) {
                names.add(Document.parse(new String(message.getBody(), java.nio.charset.StandardCharsets.UTF_8))
                        .get("payload", Document.class).getString("name"));
            }
            assertThat(names).containsExactlyInAnyOrder("old", "retry due", "held");
            assertThat(unhinted.findById("fresh", Document.class, collection).getList("outbox", Document.class))
                    .as("left to the hints").hasSize(1);
            assertThat(unhinted.findById("retry-waiting", Document.class, collection).getList("outbox", Document.class))
                    .as("waits for its backoff").hasSize(1);
            assertThat(unhinted.findById("old", Document.class, collection).getList("outbox", Document.class)).isEmpty();

            assertThat(sweeper.sweep(Duration.ZERO)).as("without grace every pending document").isEqualTo(2);
            assertThat(rabbit.receive(observer, 2_000)).as("the fresh one, now").isNotNull();
        }
    }

    private Document pending(String id, EventEnvelope<?> event, Instant created, Instant nextAttempt, Document lease) {
        Document entry = toDocument(outbox.entry(event)).append("createdAt", Date.from(created));
        if (nextAttempt != null) {
            entry.append("attempts", 1).append("nextAttemptAt", Date.from(nextAttempt));
        }
        Document document = new Document("_id", id).append("outbox", List.of(entry));
        return lease == null ? document : document.append("outboxLease", lease);
    }

    @Test
    void backoffDoublesFromTheRelayIntervalUpToThirtySeconds() {
        OutboxRelay relay = new OutboxRelay(mongo, rabbit, List.of(), new MessagingProperties("x", "y",
                Duration.ofMillis(250), Duration.ofSeconds(5), 1, Duration.ofSeconds(1), false, false), meters, java.time.Clock.systemUTC());

        assertThat(relay.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(relay.backoff(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(relay.backoff(20)).isEqualTo(Duration.ofSeconds(30));
    }

    private EventEnvelope<ProviderRegisteredV1> event(String name) {
        return EventEnvelope.of(EventTypes.PROVIDER_REGISTERED_V1, Instant.now(), null, "test",
                new ProviderRegisteredV1(UUID.randomUUID().toString(), name, "AKTIEBOLAG", "556677-8899", null, 0));
    }

    private Document widget(EventEnvelope<?> event) {
        return new Document("_id", UUID.randomUUID().toString()).append("outbox", List.of(toDocument(outbox.entry(event))));
    }

    private static Document toDocument(OutboxEntry entry) {
        return new Document("eventId", entry.eventId()).append("type", entry.type()).append("exchange", entry.exchange())
                .append("envelope", entry.envelope()).append("createdAt", Date.from(entry.createdAt()));
    }
}
