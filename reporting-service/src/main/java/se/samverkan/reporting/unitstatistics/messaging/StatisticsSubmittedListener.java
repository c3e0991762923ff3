package se.samverkan.reporting.unitstatistics.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.producer.StatisticsSubmittedV1;
import se.samverkan.defaults.messaging.EventFreshness;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.reporting.unitstatistics.application.UnitStatisticsReport;

/**
 * Feeds the units' latest statistics from producer-service's {@code statistics.submitted.v1}.
 * No {@code ReadModel} bean: producer-service's resync answers with provider snapshots, not
 * with submissions, so this read model cannot be rebuilt from its owner yet.
 */
@Component
class StatisticsSubmittedListener {

    static final String PURPOSE = "unit-statistics";
    private static final Logger log = LoggerFactory.getLogger(StatisticsSubmittedListener.class);

    private final UnitStatisticsReport report;
    private final EventFreshness freshness;

    StatisticsSubmittedListener(UnitStatisticsReport report, EventFreshness freshness) {
        this.report = report;
        this.freshness = freshness;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.STATISTICS_SUBMITTED_V1.name().equals(type)) {
            EventEnvelope<StatisticsSubmittedV1> event = EventJson.read(message.getBody(),
                    EventTypes.STATISTICS_SUBMITTED_V1);
            report.onSubmitted(event);
            freshness.applied(event, PURPOSE);
        } else {
            log.info("Ignored event of type {} that this read model does not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables unitStatisticsEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.STATISTICS_SUBMITTED_V1);
        }
    }
}
