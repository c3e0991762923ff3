package se.samverkan.reporting.strategiccontracts.messaging;

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
import se.samverkan.reporting.strategiccontracts.application.ContractFindingProjection;

/**
 * Keeps the findings of each agreement from orderer-service's finding events, counted and with
 * their content: the deficiencies, their goal impact and the action plans of the
 * strategic-contract report.
 */
@Component
class FindingEventsListener {

    static final String PURPOSE = "strategic-contract-findings";
    private static final Logger log = LoggerFactory.getLogger(FindingEventsListener.class);

    private final ContractFindingProjection projection;

    FindingEventsListener(ContractFindingProjection projection) {
        this.projection = projection;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.FINDING_REGISTERED_V1.name().equals(type)) {
            projection.onRegistered(EventJson.read(message.getBody(), EventTypes.FINDING_REGISTERED_V1).payload());
        } else if (EventTypes.ACTION_PLAN_SUBMITTED_V1.name().equals(type)) {
            projection.onPlanSubmitted(EventJson.read(message.getBody(), EventTypes.ACTION_PLAN_SUBMITTED_V1).payload());
        } else if (EventTypes.ACTION_PLAN_DECIDED_V1.name().equals(type)) {
            projection.onPlanDecided(EventJson.read(message.getBody(), EventTypes.ACTION_PLAN_DECIDED_V1).payload());
        } else if (EventTypes.FINDING_CLOSED_V1.name().equals(type)) {
            projection.onClosed(EventJson.read(message.getBody(), EventTypes.FINDING_CLOSED_V1).payload());
        } else {
            log.debug("Event of type {} is not used", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables strategicContractFindingEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.FINDING_REGISTERED_V1, EventTypes.ACTION_PLAN_SUBMITTED_V1,
                    EventTypes.ACTION_PLAN_DECIDED_V1, EventTypes.FINDING_CLOSED_V1);
        }
    }
}
