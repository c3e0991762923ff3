package se.samverkan.defaults.messaging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;

import se.samverkan.contracts.EventType;

/**
 * Names and declares the broker topology by convention: one durable topic exchange per
 * producing service ({@code <ns>.<service>}), one durable queue per consumer service and
 * purpose ({@code <ns>.<service>.<purpose>}), bound by event type, and one parking queue
 * per service ({@code <ns>.<service>.parking}). No broker-specific queue arguments unless
 * quorum queues are switched on, so the embedded broker accepts it.
 */
public final class Topology {

    private final MessagingProperties properties;

    Topology(MessagingProperties properties) {
        this.properties = properties;
    }

    public String exchangeOf(String producerService) {
        return properties.namespace() + "." + producerService;
    }

    public String ownExchange() {
        return exchangeOf(properties.service());
    }

    public String queue(String purpose) {
        return properties.namespace() + "." + properties.service() + "." + purpose;
    }

    public String parkingQueue() {
        return queue("parking");
    }

    TopicExchange exchange(String name) {
        return new TopicExchange(name, true, false);
    }

    Queue durableQueue(String name) {
        QueueBuilder builder = QueueBuilder.durable(name);
        if (properties.quorumQueues()) {
            builder.quorum().deliveryLimit(20);
        }
        return builder.build();
    }

    /** A consumer's queue for one purpose, bound to every given event type on its producer's exchange. */
    public Declarables subscription(String purpose, EventType<?>... types) {
        List<Declarable> declarables = new ArrayList<>();
        Queue queue = durableQueue(queue(purpose));
        declarables.add(queue);
        Set<String> exchanges = new LinkedHashSet<>();
        for (EventType<?> type : types) {
            String exchangeName = exchangeOf(type.producer());
            if (exchanges.add(exchangeName)) {
                declarables.add(exchange(exchangeName));
            }
            Binding binding = BindingBuilder.bind(queue).to(exchange(exchangeName)).with(type.name());
            declarables.add(binding);
        }
        return new Declarables(declarables);
    }
}
