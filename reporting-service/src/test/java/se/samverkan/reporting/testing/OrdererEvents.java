package se.samverkan.reporting.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventType;
import se.samverkan.contracts.EventTypes;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;

/**
 * Publishes orderer-service's events the way its outbox relay does: on orderer-service's
 * exchange, the event type as routing key, the envelope as JSON.
 */
public final class OrdererEvents {

    private OrdererEvents() {
    }

    public static <T> EventEnvelope<T> envelope(EventType<T> type, String organisationId, T payload) {
        return EventEnvelope.of(type, Instant.now(), organisationId, UUID.randomUUID().toString(), payload);
    }

    public static <T> EventEnvelope<T> publish(RabbitTemplate rabbit, Topology topology, EventType<T> type,
                                               String organisationId, T payload) {
        EventEnvelope<T> event = envelope(type, organisationId, payload);
        publish(rabbit, topology, event);
        return event;
    }

    public static void publish(RabbitTemplate rabbit, Topology topology, EventEnvelope<?> event) {
        rabbit.send(topology.exchangeOf(EventTypes.ORDERER_SERVICE), event.type(),
                MessageBuilder.withBody(EventJson.write(event).getBytes(StandardCharsets.UTF_8))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(event.eventId().toString()).build());
    }
}
