package se.samverkan.orderer.testing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.EventType;
import se.samverkan.contracts.producer.ProviderRegisteredV1;
import se.samverkan.contracts.producer.UnitOpenedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;

/**
 * Makes a provider known to orderer-service the way production does it: producer-service's
 * {@code provider.registered.v1} on producer-service's exchange, applied by the orderer's
 * listener. Waits until the provider directory has it.
 */
public final class KnownProviders {

    private KnownProviders() {
    }

    public static String announce(RabbitTemplate rabbit, Topology topology, MongoTemplate mongo, String name,
                                  String legalForm, String organisationId) {
        String providerId = UUID.randomUUID().toString();
        send(rabbit, topology, EventTypes.PROVIDER_REGISTERED_V1,
                new ProviderRegisteredV1(providerId, name, legalForm, null, organisationId, 0));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(
                Query.query(Criteria.where("_id").is(providerId)), "providers"));
        return providerId;
    }

    /**
     * Opens a unit of the provider the way production does it: producer-service's
     * {@code unit.opened.v1}. Waits until the orderer's units read model has it; answers its id.
     */
    public static String openUnit(RabbitTemplate rabbit, Topology topology, MongoTemplate mongo, String providerId,
                                  String name, String serviceArea, String openedOn) {
        String unitId = UUID.randomUUID().toString();
        send(rabbit, topology, EventTypes.UNIT_OPENED_V1, new UnitOpenedV1(providerId, unitId, name, serviceArea,
                "Centrum", openedOn, 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(
                Query.query(Criteria.where("_id").is(unitId)), "units"));
        return unitId;
    }

    /** Publishes an event on producer-service's exchange as producer-service would; answers the envelope. */
    public static <T> EventEnvelope<T> send(RabbitTemplate rabbit, Topology topology, EventType<T> type, T payload) {
        EventEnvelope<T> event = EventEnvelope.of(type, Instant.now(), "ks-klk", UUID.randomUUID().toString(), payload);
        send(rabbit, topology, event);
        return event;
    }

    /** Publishes the envelope (again, for a redelivery) on producer-service's exchange. */
    public static void send(RabbitTemplate rabbit, Topology topology, EventEnvelope<?> event) {
        rabbit.send(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), event.type(),
                MessageBuilder.withBody(EventJson.write(event).getBytes(StandardCharsets.UTF_8))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(event.eventId().toString()).build());
    }
}
