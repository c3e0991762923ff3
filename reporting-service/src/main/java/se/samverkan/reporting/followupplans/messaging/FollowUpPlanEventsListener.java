package se.samverkan.reporting.followupplans.messaging;

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
import se.samverkan.reporting.followupplans.application.FollowUpPlanOverview;

/**
 * Feeds the follow-up plan overview from orderer-service's {@code follow-up-plan.decided.v1}. No
 * {@code ReadModel} bean: resync is answered by producer-service only.
 */
@Component
class FollowUpPlanEventsListener {

    static final String PURPOSE = "follow-up-plans";
    private static final Logger log = LoggerFactory.getLogger(FollowUpPlanEventsListener.class);

    private final FollowUpPlanOverview overview;

    FollowUpPlanEventsListener(FollowUpPlanOverview overview) {
        this.overview = overview;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.FOLLOW_UP_PLAN_DECIDED_V1.name().equals(type)) {
            overview.onDecided(EventJson.read(message.getBody(), EventTypes.FOLLOW_UP_PLAN_DECIDED_V1));
        } else {
            log.info("Ignored event of type {} that this read model does not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables followUpPlanEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.FOLLOW_UP_PLAN_DECIDED_V1);
        }
    }
}
