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
import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.producer.StatisticsSubmittedV1;
import se.samverkan.defaults.messaging.EventFreshness;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.transparency.portal.application.PublicStatisticsProjection;

/**
 * Feeds the portal's quality figures from producer-service's statistics submissions. Not
 * registered for rebuild: producer-service's resync does not republish submissions.
 */
@Component
class StatisticsEventsListener {

    static final String PURPOSE = "public-statistics";
    private static final Logger log = LoggerFactory.getLogger(StatisticsEventsListener.class);

    private final PublicStatisticsProjection projection;
    private final EventFreshness freshness;

    StatisticsEventsListener(PublicStatisticsProjection projection, EventFreshness freshness) {
        this.projection = projection;
        this.freshness = freshness;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.STATISTICS_SUBMITTED_V1.name().equals(type)) {
            EventEnvelope<StatisticsSubmittedV1> event = EventJson.read(message.getBody(),
                    EventTypes.STATISTICS_SUBMITTED_V1);
            projection.on(event);
            // how soon a submission is on the portal: the benchmark suite's freshness figure
            freshness.applied(event, PURPOSE);
        } else {
            log.info("Ignored event of type {} that the portal's statistics do not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables publicStatisticsEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.STATISTICS_SUBMITTED_V1);
        }
    }
}
