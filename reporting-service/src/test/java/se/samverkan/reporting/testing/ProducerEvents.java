package se.samverkan.reporting.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventType;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.producer.StatisticsSubmittedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;

/** Publishes producer-service's statistics submissions the way its outbox relay does. */
public final class ProducerEvents {

    private ProducerEvents() {
    }

    /**
     * A unit's yearly submission to a board of one user-survey measure, in percent, with its
     * respondents and the figure for women (K) and men (M).
     */
    public static StatisticsSubmittedV1 survey(String boardOrganisationId, String unitId, String area, String year,
                                               String measure, String total, String women, String men,
                                               int respondents) {
        return new StatisticsSubmittedV1(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "provider-" + unitId, unitId, "Enhet " + unitId, "HOME_CARE", area, year, "YEARLY", year + "-01-01",
                year + "-12-31", 1, UUID.randomUUID().toString(), 1, UUID.randomUUID().toString(), boardOrganisationId,
                year + "-12-20T10:00:00Z", (Integer.parseInt(year) + 1) + "-01-15", false,
                List.of(new StatisticsSubmittedV1.MeasureValue(measure, "PERCENT", new BigDecimal(total), null,
                        Map.of("K", new BigDecimal(women), "M", new BigDecimal(men), "T", new BigDecimal(total)),
                        Map.of(), Map.of(), respondents, new BigDecimal("60"))));
    }

    public static void publish(RabbitTemplate rabbit, Topology topology, StatisticsSubmittedV1 payload) {
        EventEnvelope<StatisticsSubmittedV1> event = EventEnvelope.of(EventTypes.STATISTICS_SUBMITTED_V1,
                Instant.now(), payload.providerOrganisationId(), UUID.randomUUID().toString(), payload);
        rabbit.send(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), event.type(),
                MessageBuilder.withBody(EventJson.write(event).getBytes(StandardCharsets.UTF_8))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(event.eventId().toString()).build());
    }

    /** Any of producer-service's events, on its exchange with the event type as routing key. */
    public static <T> EventEnvelope<T> publish(RabbitTemplate rabbit, Topology topology, EventType<T> type,
                                               String organisationId, T payload) {
        EventEnvelope<T> event = EventEnvelope.of(type, Instant.now(), organisationId, UUID.randomUUID().toString(),
                payload);
        publish(rabbit, topology, event);
        return event;
    }

    /** One envelope as it is, so a test can deliver the same event twice. */
    public static void publish(RabbitTemplate rabbit, Topology topology, EventEnvelope<?> event) {
        rabbit.send(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), event.type(),
                MessageBuilder.withBody(EventJson.write(event).getBytes(StandardCharsets.UTF_8))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(event.eventId().toString()).build());
    }
}
