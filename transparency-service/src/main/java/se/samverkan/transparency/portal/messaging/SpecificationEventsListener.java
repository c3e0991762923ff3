package se.samverkan.transparency.portal.messaging;

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
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.transparency.portal.application.MeasureNamesProjection;

/** The measures' Swedish names for the portal, from orderer-service's statistics specifications. */
@Component
class SpecificationEventsListener {

    static final String PURPOSE = "public-measure-names";
    private static final Logger log = LoggerFactory.getLogger(SpecificationEventsListener.class);

    private final MeasureNamesProjection projection;

    SpecificationEventsListener(MeasureNamesProjection projection) {
        this.projection = projection;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1.name().equals(type)) {
            projection.on(EventJson.read(message.getBody(), EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1));
        } else {
            log.info("Ignored event of type {} that the portal's measure names do not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables publicMeasureNameEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1);
        }
    }
}
