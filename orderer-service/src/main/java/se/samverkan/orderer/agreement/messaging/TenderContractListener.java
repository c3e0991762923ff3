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
 * Drafts the agreement of each contract the procurement feature concluded after a tender. The
 * conclusion is one write (with its event in the tender's outbox) and the agreement another,
 * made here from the event under the id it names, so neither is half written and a redelivery
 * changes nothing.
 */
@Component
class TenderContractListener {

    static final String PURPOSE = "tender-contracts";

    private final AgreementService agreements;

    TenderContractListener(AgreementService agreements) {
        this.agreements = agreements;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        agreements.concludeTenderContract(EventJson.read(message.getBody(), EventTypes.TENDER_CONTRACT_CONCLUDED_V1)
                .payload());
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables tenderContracts(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.TENDER_CONTRACT_CONCLUDED_V1);
        }
    }
}
