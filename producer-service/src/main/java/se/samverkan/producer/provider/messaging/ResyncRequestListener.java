package se.samverkan.producer.provider.messaging;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import se.samverkan.contracts.EventTypes;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.producer.provider.application.PublishProviderSnapshots;

/** Answers a consumer's resync request with snapshots of every provider. */
@Component
class ResyncRequestListener {

    static final String PURPOSE = "resync-requests";

    private final PublishProviderSnapshots snapshots;

    ResyncRequestListener(PublishProviderSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        snapshots.handle(EventJson.read(message.getBody(), EventTypes.RESYNC_REQUESTED_OF_PRODUCER_V1));
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables resyncRequests(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.RESYNC_REQUESTED_OF_PRODUCER_V1);
        }
    }
}
