package se.samverkan.reporting.missingsubmissions.messaging;

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
import se.samverkan.reporting.missingsubmissions.application.ReportingUnitProjection;

/**
 * Feeds missing-submission tracking with what it keeps of its own: the boards' specification
 * versions (orderer-service) and the providers' units (producer-service). The agreements and the
 * submitted periods are read from the strategic-contract and unit-statistics read models. No
 * {@code ReadModel} bean: the specifications cannot be resynced from orderer-service yet.
 */
@Component
class MissingSubmissionEventsListener {

    static final String PURPOSE = "missing-submissions";
    private static final Logger log = LoggerFactory.getLogger(MissingSubmissionEventsListener.class);

    private final ReportingUnitProjection projection;

    MissingSubmissionEventsListener(ReportingUnitProjection projection) {
        this.projection = projection;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1.name().equals(type)) {
            projection.onSpecificationPublished(EventJson.read(message.getBody(),
                    EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1));
        } else if (EventTypes.UNIT_OPENED_V1.name().equals(type)) {
            projection.onUnitOpened(EventJson.read(message.getBody(), EventTypes.UNIT_OPENED_V1));
        } else if (EventTypes.UNIT_CLOSED_V1.name().equals(type)) {
            projection.onUnitClosed(EventJson.read(message.getBody(), EventTypes.UNIT_CLOSED_V1));
        } else if (EventTypes.PROVIDER_SNAPSHOT_V1.name().equals(type)) {
            projection.onSnapshot(EventJson.read(message.getBody(), EventTypes.PROVIDER_SNAPSHOT_V1));
        } else {
            log.info("Ignored event of type {} that this read model does not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables missingSubmissionEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1,
                    EventTypes.UNIT_OPENED_V1, EventTypes.UNIT_CLOSED_V1, EventTypes.PROVIDER_SNAPSHOT_V1);
        }
    }
}
