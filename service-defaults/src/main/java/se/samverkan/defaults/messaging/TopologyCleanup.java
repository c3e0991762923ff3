package se.samverkan.defaults.messaging;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.Queue;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Deletes the queues and exchanges this context declared when it closes. Switched on in
 * tests, which each run in a namespace of their own, so a shared broker stays clean.
 */
class TopologyCleanup implements DisposableBean {

    private final AmqpAdmin admin;
    private final ObjectProvider<Declarables> declarables;

    TopologyCleanup(AmqpAdmin admin, ObjectProvider<Declarables> declarables) {
        this.admin = admin;
        this.declarables = declarables;
    }

    @Override
    public void destroy() {
        declarables.orderedStream().forEach(group -> {
            group.getDeclarablesByType(Queue.class).forEach(queue -> admin.deleteQueue(queue.getName()));
            group.getDeclarablesByType(Exchange.class).forEach(exchange -> admin.deleteExchange(exchange.getName()));
        });
    }
}
