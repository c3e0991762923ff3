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
import se.samverkan.contracts.producer.ProviderRegisteredV1;
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
        EventEnvelope<ProviderRegisteredV1> event = EventEnvelope.of(EventTypes.PROVIDER_REGISTERED_V1, Instant.now(),
                "ks-klk", UUID.randomUUID().toString(),
                new ProviderRegisteredV1(providerId, name, legalForm, null, organisationId, 0));
        rabbit.send(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), EventTypes.PROVIDER_REGISTERED_V1.name(),
                MessageBuilder.withBody(EventJson.write(event).getBytes(StandardCharsets.UTF_8))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(event.eventId().toString()).build());
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(
                Query.query(Criteria.where("_id").is(providerId)), "providers"));
        return providerId;
    }
}
