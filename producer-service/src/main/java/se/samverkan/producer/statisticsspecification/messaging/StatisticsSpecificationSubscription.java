package se.samverkan.producer.statisticsspecification.messaging;

import org.springframework.amqp.core.Declarables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkan.contracts.EventTypes;
import se.samverkan.defaults.messaging.Topology;

/**
 * The queue where the orderer boards' published statistics specifications wait for
 * producer-service, which will check the units' statistics submissions against them. It is
 * declared before anything reads it, so a publication is never unroutable (it would stay in the
 * orderer's outbox, raising an alarm) and none is lost: the events wait here in order.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsSpecificationSubscription {

    static final String PURPOSE = "statistics-specifications";

    @Bean
    Declarables statisticsSpecifications(Topology topology) {
        return topology.subscription(PURPOSE, EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1);
    }
}
