package se.samverkan.transparency.publicagreement.messaging;

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
import se.samverkan.transparency.publicagreement.application.PublicAgreementProjection;

/** The public agreements, from orderer-service's agreement events. */
@Component
class AgreementEventsListener {

    static final String PURPOSE = "public-agreements";
    private static final Logger log = LoggerFactory.getLogger(AgreementEventsListener.class);

    private final PublicAgreementProjection projection;

    AgreementEventsListener(PublicAgreementProjection projection) {
        this.projection = projection;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.AGREEMENT_SIGNED_V1.name().equals(type)) {
            projection.onSigned(EventJson.read(message.getBody(), EventTypes.AGREEMENT_SIGNED_V1));
        } else if (EventTypes.AGREEMENT_TERMINATED_V1.name().equals(type)) {
            projection.onTerminated(EventJson.read(message.getBody(), EventTypes.AGREEMENT_TERMINATED_V1));
        } else {
            log.info("Ignored event of type {} that the public agreements do not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        /** Not registered for rebuild: orderer-service answers no resync yet (see docs/events.md). */
        @Bean
        Declarables publicAgreementEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.AGREEMENT_SIGNED_V1, EventTypes.AGREEMENT_TERMINATED_V1);
        }
    }
}
