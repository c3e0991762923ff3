package se.samverkan.defaults.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.ProviderRegisteredV1;
import se.samverkan.defaults.testing.TestInfrastructure;

/**
 * The relay publishes what the service itself writes as soon as it is written, told by the
 * driver, not when its sweep next reads the collection: here the sweep runs only once an hour.
 */
@SpringBootTest(classes = OutboxRelayHintsIT.TestApplication.class, properties = {
        "spring.application.name=relay-hints-test", "spring.config.import=classpath:samverkan-defaults.yml",
        "spring.main.web-application-type=none", "samverkan.messaging.relay-sweep-interval=1h"})
class OutboxRelayHintsIT {

    static final String COLLECTION = "gadgets";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestApplication {
        @Bean
        Outbox.Collection gadgets() {
            return new Outbox.Collection(COLLECTION);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
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
    void anInsertedAndAnUpdatedDocumentsEventsArePublishedWithoutWaitingForTheSweep() {
        mongo.insert(new Document("_id", "g1").append("version", 1).append("outbox", List.of(entry("first"))),
                COLLECTION);
        assertThat(rabbit.receive(observer, 10_000)).as("the inserted document's event").isNotNull();

        mongo.updateFirst(Query.query(Criteria.where("_id").is("g1").and("version").is(1)),
                new Update().inc("version", 1).push("outbox", entry("second")), COLLECTION);
        assertThat(rabbit.receive(observer, 10_000)).as("the event pushed by a conditional update").isNotNull();
    }

    private Document entry(String name) {
        OutboxEntry entry = outbox.entry(EventEnvelope.of(EventTypes.PROVIDER_REGISTERED_V1, Instant.now(), null,
                "test", new ProviderRegisteredV1(UUID.randomUUID().toString(), name, "AKTIEBOLAG", "556677-8899",
                        null, 0)));
        return new Document("eventId", entry.eventId()).append("type", entry.type()).append("exchange", entry.exchange())
                .append("envelope", entry.envelope()).append("createdAt", Date.from(entry.createdAt()));
    }
}
