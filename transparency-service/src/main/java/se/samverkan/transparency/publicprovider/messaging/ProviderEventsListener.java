package se.samverkan.transparency.publicprovider.messaging;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import se.samverkan.contracts.EventTypes;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.ReadModel;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.transparency.publicprovider.application.PublicProviderProjection;

/** Feeds the public provider list from producer-service's provider events. */
@Component
class ProviderEventsListener {

    static final String PURPOSE = "public-providers";
    private static final Logger log = LoggerFactory.getLogger(ProviderEventsListener.class);

    private final PublicProviderProjection projection;

    ProviderEventsListener(PublicProviderProjection projection) {
        this.projection = projection;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.PROVIDER_REGISTERED_V1.name().equals(type)) {
            projection.on(EventJson.read(message.getBody(), EventTypes.PROVIDER_REGISTERED_V1));
        } else if (EventTypes.PROVIDER_SNAPSHOT_V1.name().equals(type)) {
            projection.onSnapshot(EventJson.read(message.getBody(), EventTypes.PROVIDER_SNAPSHOT_V1));
        } else if (EventTypes.UNIT_CLOSED_V1.name().equals(type)) {
            projection.onUnitClosed(EventJson.read(message.getBody(), EventTypes.UNIT_CLOSED_V1));
        } else if (EventTypes.UNIT_OPENED_V1.name().equals(type)) {
            projection.onUnitOpened(EventJson.read(message.getBody(), EventTypes.UNIT_OPENED_V1));
        } else {
            log.info("Ignored event of type {} that this read model does not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables publicProviderEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.PROVIDER_REGISTERED_V1, EventTypes.UNIT_OPENED_V1,
                    EventTypes.UNIT_CLOSED_V1, EventTypes.PROVIDER_SNAPSHOT_V1);
        }

        /** Rebuildable from producer-service's snapshots. */
        @Bean
        ReadModel publicProvidersReadModel() {
            return new ReadModel(PURPOSE, List.of("public_providers"), EventTypes.PRODUCER_SERVICE);
        }
    }
}
