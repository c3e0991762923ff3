package se.samverkan.defaults.messaging;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecoverer;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * After the listener's retries are spent, the application (not the broker) republishes the
 * message to this service's parking queue with the failure reason and the attempt count, then
 * the original is acknowledged. Nothing is dropped, and it works on any AMQP 0-9-1 broker.
 */
class ParkingMessageRecoverer extends RepublishMessageRecoverer {

    private static final Logger log = LoggerFactory.getLogger(ParkingMessageRecoverer.class);
    static final String ATTEMPTS_HEADER = "x-samverkan-attempts";
    static final String REASON_HEADER = "x-samverkan-failure-reason";

    private final int attempts;
    private final MeterRegistry meters;

    ParkingMessageRecoverer(AmqpTemplate template, String parkingQueue, int attempts, MeterRegistry meters) {
        super(template, "", parkingQueue);
        this.attempts = attempts;
        this.meters = meters;
    }

    @Override
    protected Map<? extends String, ?> additionalHeaders(Message message, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String queue = message.getMessageProperties().getConsumerQueue();
        meters.counter("samverkan.consumer.parked", "queue", queue == null ? "unknown" : queue).increment();
        log.error("ALARM parking message {} from queue {} after {} attempts: {}",
                message.getMessageProperties().getMessageId(), queue, attempts, root.toString());
        return Map.of(ATTEMPTS_HEADER, attempts, REASON_HEADER, String.valueOf(root));
    }
}
