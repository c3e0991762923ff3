package se.samverkan.reporting.goalstructure.messaging;

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
import se.samverkan.reporting.goalstructure.application.GoalStructureReport;

/**
 * Feeds the goal structure from orderer-service's goal events. No {@code ReadModel} bean:
 * resync is answered by producer-service only.
 */
@Component
class GoalEventsListener {

    static final String PURPOSE = "goal-structure";
    private static final Logger log = LoggerFactory.getLogger(GoalEventsListener.class);

    private final GoalStructureReport report;

    GoalEventsListener(GoalStructureReport report) {
        this.report = report;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.COUNCIL_GOALS_ADOPTED_V1.name().equals(type)) {
            report.onCouncilGoals(EventJson.read(message.getBody(), EventTypes.COUNCIL_GOALS_ADOPTED_V1));
        } else if (EventTypes.BOARD_GOALS_ADOPTED_V1.name().equals(type)) {
            report.onBoardGoals(EventJson.read(message.getBody(), EventTypes.BOARD_GOALS_ADOPTED_V1));
        } else {
            log.info("Ignored event of type {} that this read model does not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables goalStructureEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.COUNCIL_GOALS_ADOPTED_V1,
                    EventTypes.BOARD_GOALS_ADOPTED_V1);
        }
    }
}
