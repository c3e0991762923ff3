package se.samverkan.producer.statistics.messaging;

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
import se.samverkan.producer.statistics.application.OrdererEventsProjection;

/**
 * Feeds what statistics submissions are checked against from orderer-service's events: the
 * boards' published statistics specifications, and the providers' agreements (which units owe
 * statistics to which board, and for which periods). No {@code ReadModel} bean: only
 * producer-service answers resync requests, so these cannot be rebuilt from their owner yet.
 */
@Component
class OrdererEventsListener {

    /** The queue declared before this reader existed; the publications that waited there are read first. */
    static final String SPECIFICATIONS = "statistics-specifications";
    static final String AGREEMENTS = "statistics-agreements";
    private static final Logger log = LoggerFactory.getLogger(OrdererEventsListener.class);

    private final OrdererEventsProjection projection;

    OrdererEventsListener(OrdererEventsProjection projection) {
        this.projection = projection;
    }

    @RabbitListener(queues = "#{@topology.queue('" + SPECIFICATIONS + "')}")
    void onSpecification(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1.name().equals(type)) {
            projection.onSpecificationPublished(EventJson.read(message.getBody(),
                    EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1));
        } else {
            log.info("Ignored event of type {} that this read model does not use", type);
        }
    }

    @RabbitListener(queues = "#{@topology.queue('" + AGREEMENTS + "')}")
    void onAgreement(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.AGREEMENT_SIGNED_V1.name().equals(type)) {
            projection.onAgreementSigned(EventJson.read(message.getBody(), EventTypes.AGREEMENT_SIGNED_V1));
        } else if (EventTypes.AGREEMENT_TERMINATED_V1.name().equals(type)) {
            projection.onAgreementTerminated(EventJson.read(message.getBody(), EventTypes.AGREEMENT_TERMINATED_V1));
        } else {
            log.info("Ignored event of type {} that this read model does not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables statisticsSpecifications(Topology topology) {
            return topology.subscription(SPECIFICATIONS, EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1);
        }

        @Bean
        Declarables statisticsAgreements(Topology topology) {
            return topology.subscription(AGREEMENTS, EventTypes.AGREEMENT_SIGNED_V1, EventTypes.AGREEMENT_TERMINATED_V1);
        }
    }
}
