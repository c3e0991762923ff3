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
import se.samverkan.contracts.orderer.ActionPlanDecidedV1;
import se.samverkan.contracts.orderer.FindingClosedV1;
import se.samverkan.contracts.orderer.FindingRegisteredV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.reporting.strategiccontracts.application.FindingTallyStore;

/**
 * Counts the findings of each agreement from orderer-service's finding events, for the
 * deficiencies and action plans of the strategic-contract report. The submitted plans themselves
 * are not kept here; their event is taken so it has a reader.
 */
@Component
class FindingEventsListener {

    static final String PURPOSE = "strategic-contract-findings";
    private static final Logger log = LoggerFactory.getLogger(FindingEventsListener.class);

    private final FindingTallyStore tallies;

    FindingEventsListener(FindingTallyStore tallies) {
        this.tallies = tallies;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.FINDING_REGISTERED_V1.name().equals(type)) {
            FindingRegisteredV1 finding = EventJson.read(message.getBody(), EventTypes.FINDING_REGISTERED_V1).payload();
            tallies.registered(required(finding.agreementId(), type), required(finding.findingId(), type));
        } else if (EventTypes.ACTION_PLAN_DECIDED_V1.name().equals(type)) {
            ActionPlanDecidedV1 decision = EventJson.read(message.getBody(), EventTypes.ACTION_PLAN_DECIDED_V1).payload();
            if ("ACCEPTED".equals(decision.decision())) {
                tallies.planAccepted(required(decision.agreementId(), type), required(decision.findingId(), type));
            }
        } else if (EventTypes.FINDING_CLOSED_V1.name().equals(type)) {
            FindingClosedV1 closed = EventJson.read(message.getBody(), EventTypes.FINDING_CLOSED_V1).payload();
            tallies.closed(required(closed.agreementId(), type), required(closed.findingId(), type));
        } else {
            log.debug("Event of type {} is not counted", type);
        }
    }

    private static String required(String value, String type) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(type + " lacks agreementId or findingId");
        }
        return value;
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
