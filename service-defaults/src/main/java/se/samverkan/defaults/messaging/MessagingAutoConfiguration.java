package se.samverkan.defaults.messaging;

import java.time.Clock;
import java.util.List;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.config.ContainerCustomizer;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;

import se.samverkan.defaults.persistence.AuditAutoConfiguration;
import se.samverkan.defaults.persistence.AuditLog;
import se.samverkan.defaults.web.CorrelationId;

/**
 * The messaging plumbing every service shares: naming, its own exchange and parking queue,
 * the outbox relay, parking after bounded retries, and the correlation id on inbound messages.
 */
@AutoConfiguration(after = {RabbitAutoConfiguration.class, DataMongoAutoConfiguration.class, AuditAutoConfiguration.class})
@ConditionalOnBean(RabbitTemplate.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    Topology topology(MessagingProperties properties) {
        return new Topology(properties);
    }

    @Bean
    Outbox outbox(Topology topology) {
        return new Outbox(topology);
    }

    @Bean
    Declarables ownTopology(Topology topology) {
        return new Declarables(topology.exchange(topology.ownExchange()),
                topology.durableQueue(topology.parkingQueue()));
    }

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    OutboxRelay outboxRelay(MongoTemplate mongo, RabbitTemplate rabbit, List<Outbox.Collection> collections,
                            OutboxWrites writes, MessagingProperties properties, MeterRegistry meters, Clock clock) {
        return new OutboxRelay(mongo, rabbit, collections, writes, properties, meters, clock);
    }

    @Bean
    OutboxWrites outboxWrites(List<Outbox.Collection> collections) {
        return new OutboxWrites(collections);
    }

    /** The relay hears of this instance's writes to an outbox from the driver (read when the client is built). */
    @Bean
    MongoClientSettingsBuilderCustomizer outboxWritesListener(OutboxWrites writes) {
        return settings -> settings.addCommandListener(writes);
    }

    @Bean
    EventFreshness eventFreshness(MeterRegistry meters, Clock clock) {
        return new EventFreshness(meters, clock);
    }

    @Bean
    MessageRecoverer parkingMessageRecoverer(RabbitTemplate rabbit, Topology topology, RabbitProperties rabbitProperties,
                                             MeterRegistry meters) {
        long retries = rabbitProperties.getListener().getSimple().getRetry().getMaxRetries();
        return new ParkingMessageRecoverer(rabbit, topology.parkingQueue(), (int) retries + 1, meters);
    }

    @Bean
    @ConditionalOnBean(AuditLog.class)
    ParkedMessages parkedMessages(MongoTemplate mongo, RabbitTemplate rabbit, Clock clock, MessagingProperties properties,
                                  AuditLog audit) {
        return new ParkedMessages(mongo, rabbit, clock, properties.confirmTimeout(), audit);
    }

    @Bean
    @ConditionalOnBean(AuditLog.class)
    Resync resync(List<ReadModel> readModels, RabbitTemplate rabbit, MongoTemplate mongo, Topology topology,
                  MessagingProperties properties, Clock clock, AuditLog audit) {
        return new Resync(readModels, rabbit, mongo, topology, properties, clock, audit);
    }

    @Bean
    @ConditionalOnBean(Resync.class)
    ReadModelController readModelController(Resync resync) {
        return new ReadModelController(resync);
    }

    @Bean
    @ConditionalOnBean(ParkedMessages.class)
    ParkedMessageController parkedMessageController(ParkedMessages parked) {
        return new ParkedMessageController(parked);
    }

    /**
     * Moves what lands on the parking queue into the database, where it can be listed and
     * replayed. No retry advice here: a failure requeues the message after a pause.
     */
    @Bean
    @ConditionalOnBean(ParkedMessages.class)
    SimpleMessageListenerContainer parkingArchiver(ConnectionFactory connectionFactory, Topology topology,
                                                   ParkedMessages parked) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(topology.parkingQueue());
        container.setMissingQueuesFatal(false);
        container.setDefaultRequeueRejected(true);
        container.setMessageListener(message -> {
            try {
                parked.archive(message);
            } catch (RuntimeException e) {
                pause();
                throw e;
            }
        });
        return container;
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every inbound message runs with the correlation id of the request that caused it. */
    @Bean
    ContainerCustomizer<SimpleMessageListenerContainer> correlationIdFromMessages() {
        return container -> container.setAfterReceivePostProcessors(message -> {
            Object id = message.getMessageProperties().getHeaders().get(CorrelationId.HEADER);
            CorrelationId.set(id == null ? null : CorrelationId.acceptOrCreate(id.toString()));
            return message;
        });
    }

    @Bean
    @ConditionalOnProperty(name = "samverkan.messaging.delete-topology-on-shutdown", havingValue = "true")
    TopologyCleanup topologyCleanup(AmqpAdmin admin, ObjectProvider<Declarables> declarables) {
        return new TopologyCleanup(admin, declarables);
    }
}
