package se.samverkan.defaults.messaging;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Messaging settings of a service.
 *
 * @param namespace                prefix of every exchange and queue; tests use a unique one per run
 * @param service                  this service's name, e.g. {@code producer-service}
 * @param relayInterval            how often the outbox relay looks for pending events when it is not told of them
 * @param relaySweepInterval       how often the relay reads every outbox collection for pending events it was not
 *                                 told of (its own writes it is told of at once: {@code OutboxWrites})
 * @param relayBatchSize           how many aggregate documents one relay pass takes
 * @param confirmTimeout           how long the relay waits for the broker's publisher confirm
 * @param quorumQueues             declare quorum queues (RabbitMQ 3.13+ in production); off for the embedded broker
 * @param deleteTopologyOnShutdown delete this context's queues and exchanges on shutdown (tests only)
 */
@Validated
@ConfigurationProperties("samverkan.messaging")
public record MessagingProperties(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*") @DefaultValue("samverkan") String namespace,
        @NotBlank String service,
        @NotNull @DefaultValue("250ms") Duration relayInterval,
        @NotNull @DefaultValue("5s") Duration relaySweepInterval,
        @Positive @DefaultValue("100") int relayBatchSize,
        @NotNull @DefaultValue("5s") Duration confirmTimeout,
        @DefaultValue("false") boolean quorumQueues,
        @DefaultValue("false") boolean deleteTopologyOnShutdown) {
}
