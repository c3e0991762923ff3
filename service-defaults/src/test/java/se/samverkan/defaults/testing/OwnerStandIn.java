package se.samverkan.defaults.testing;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;

import se.samverkan.contracts.EventTypes;
import se.samverkan.defaults.messaging.Topology;

/**
 * Stands in for the producer service on the broker in a test of another service: a queue on
 * the producer's exchange that takes resync requests, so asking for a resync is accepted as
 * it is when the producer runs. The queue is exclusive, gone when the service disconnects.
 */
public final class OwnerStandIn {

    private OwnerStandIn() {
    }

    public static void takeResyncRequests(AmqpAdmin admin, Topology topology) {
        TopicExchange exchange = new TopicExchange(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), true, false);
        admin.declareExchange(exchange);
        Queue queue = new Queue(topology.queue("resync-stand-in"), false, true, true);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(exchange)
                .with(EventTypes.RESYNC_REQUESTED_OF_PRODUCER_V1.name()));
    }
}
