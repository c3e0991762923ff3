package se.samverkan.reporting.inhouseeconomy.messaging;

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
import se.samverkan.reporting.inhouseeconomy.application.InHouseEconomy;

/**
 * Feeds the in-house economy from producer-service's {@code result-unit.month-closed.v1}. No
 * {@code ReadModel} bean: producer-service's resync answers with provider snapshots, not with
 * result units, so this read model cannot be rebuilt from its owner yet.
 */
@Component
class ResultUnitEventsListener {

    static final String PURPOSE = "in-house-economy";
    private static final Logger log = LoggerFactory.getLogger(ResultUnitEventsListener.class);

    private final InHouseEconomy economy;

    ResultUnitEventsListener(InHouseEconomy economy) {
        this.economy = economy;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.RESULT_UNIT_MONTH_CLOSED_V1.name().equals(type)) {
            economy.onMonthClosed(EventJson.read(message.getBody(), EventTypes.RESULT_UNIT_MONTH_CLOSED_V1));
        } else {
            log.info("Ignored event of type {} that this read model does not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables inHouseEconomyEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.RESULT_UNIT_MONTH_CLOSED_V1);
        }
    }
}
