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
import se.samverkan.transparency.portal.application.FollowUpProjection;

/**
 * Feeds the portal's board goals, follow-up plans and findings from orderer-service's events.
 * Not registered for rebuild: orderer-service publishes no snapshots.
 */
@Component
class FollowUpEventsListener {

    static final String PURPOSE = "public-follow-up";
    private static final Logger log = LoggerFactory.getLogger(FollowUpEventsListener.class);

    private final FollowUpProjection projection;

    FollowUpEventsListener(FollowUpProjection projection) {
        this.projection = projection;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        byte[] body = message.getBody();
        String type = EventJson.typeOf(body);
        if (EventTypes.BOARD_GOALS_ADOPTED_V1.name().equals(type)) {
            projection.onBoardGoals(EventJson.read(body, EventTypes.BOARD_GOALS_ADOPTED_V1));
        } else if (EventTypes.COUNCIL_GOALS_ADOPTED_V1.name().equals(type)) {
            projection.onCouncilGoals(EventJson.read(body, EventTypes.COUNCIL_GOALS_ADOPTED_V1));
        } else if (EventTypes.FOLLOW_UP_PLAN_DECIDED_V1.name().equals(type)) {
            projection.onFollowUpPlan(EventJson.read(body, EventTypes.FOLLOW_UP_PLAN_DECIDED_V1));
        } else if (EventTypes.AGREEMENT_SIGNED_V1.name().equals(type)) {
            projection.onAgreementSigned(EventJson.read(body, EventTypes.AGREEMENT_SIGNED_V1));
        } else if (EventTypes.FINDING_REGISTERED_V1.name().equals(type)) {
            projection.onFindingRegistered(EventJson.read(body, EventTypes.FINDING_REGISTERED_V1));
        } else if (EventTypes.ACTION_PLAN_DECIDED_V1.name().equals(type)) {
            projection.onActionPlanDecided(EventJson.read(body, EventTypes.ACTION_PLAN_DECIDED_V1));
        } else if (EventTypes.FINDING_CLOSED_V1.name().equals(type)) {
            projection.onFindingClosed(EventJson.read(body, EventTypes.FINDING_CLOSED_V1));
        } else {
            log.info("Ignored event of type {} that the portal's follow-up pages do not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables publicFollowUpEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.BOARD_GOALS_ADOPTED_V1,
                    EventTypes.COUNCIL_GOALS_ADOPTED_V1, EventTypes.FOLLOW_UP_PLAN_DECIDED_V1,
                    EventTypes.AGREEMENT_SIGNED_V1, EventTypes.FINDING_REGISTERED_V1,
                    EventTypes.ACTION_PLAN_DECIDED_V1, EventTypes.FINDING_CLOSED_V1);
        }
    }
}
