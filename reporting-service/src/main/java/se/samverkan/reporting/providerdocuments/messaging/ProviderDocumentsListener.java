package se.samverkan.reporting.providerdocuments.messaging;

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
import se.samverkan.reporting.providerdocuments.application.ProviderDocuments;

/** Feeds the compilation of what providers handed in from producer-service's document events. */
@Component
class ProviderDocumentsListener {

    static final String PURPOSE = "provider-documents";
    private static final Logger log = LoggerFactory.getLogger(ProviderDocumentsListener.class);

    private final ProviderDocuments documents;

    ProviderDocumentsListener(ProviderDocuments documents) {
        this.documents = documents;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.ACTIVITY_REPORT_SUBMITTED_V1.name().equals(type)) {
            documents.on(EventJson.read(message.getBody(), EventTypes.ACTIVITY_REPORT_SUBMITTED_V1).payload());
        } else if (EventTypes.INSIGHT_PACKAGE_DELIVERED_V1.name().equals(type)) {
            documents.on(EventJson.read(message.getBody(), EventTypes.INSIGHT_PACKAGE_DELIVERED_V1).payload());
        } else {
            log.info("Ignored event of type {} that this read model does not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables providerDocumentEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.ACTIVITY_REPORT_SUBMITTED_V1,
                    EventTypes.INSIGHT_PACKAGE_DELIVERED_V1);
        }
    }
}
