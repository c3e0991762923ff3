package se.samverkan.orderer.agreement.messaging;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import se.samverkan.contracts.EventTypes;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.orderer.agreement.application.AgreementService;

/**
 * Concludes the agreement of each LOV authorisation the procurement feature decided. The
 * authorisation is one write (with its event in the application's outbox) and the agreement
 * another, made here from the event under the id it names, so neither is ever half written and a
 * redelivery changes nothing.
 */
@Component
class LovAuthorisationListener {

    static final String PURPOSE = "lov-authorisations";

    private final AgreementService agreements;

    LovAuthorisationListener(AgreementService agreements) {
        this.agreements = agreements;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        agreements.concludeLovAuthorisation(EventJson.read(message.getBody(), EventTypes.LOV_APPLICATION_AUTHORISED_V1)
                .payload());
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables lovAuthorisations(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.LOV_APPLICATION_AUTHORISED_V1);
        }
    }
}
