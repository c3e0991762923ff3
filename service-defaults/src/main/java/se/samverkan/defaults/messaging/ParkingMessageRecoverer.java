package se.samverkan.defaults.messaging;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecovererWithConfirms;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * After the listener's retries are spent, the application (not the broker) republishes the
 * message to this service's parking queue with the failure reason and the attempt count, then
 * the original is acknowledged only after the broker confirmed the parked copy (otherwise it is
 * requeued). Nothing is dropped, and it works on any AMQP 0-9-1 broker.
 */
class ParkingMessageRecoverer extends RepublishMessageRecovererWithConfirms {

    private static final Logger log = LoggerFactory.getLogger(ParkingMessageRecoverer.class);
    static final String ATTEMPTS_HEADER = "x-samverkan-attempts";
    static final String REASON_HEADER = "x-samverkan-failure-reason";
    static final String QUEUE_HEADER = "x-samverkan-original-queue";
    static final String PARKING_ID_HEADER = "x-samverkan-parking-id";

    private final int attempts;
    private final MeterRegistry meters;

    ParkingMessageRecoverer(RabbitTemplate template, String parkingQueue, int attempts, MeterRegistry meters) {
        super(template, "", parkingQueue, CachingConnectionFactory.ConfirmType.CORRELATED);
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
        return Map.of(ATTEMPTS_HEADER, attempts, REASON_HEADER, String.valueOf(root),
                QUEUE_HEADER, queue == null ? "unknown" : queue, PARKING_ID_HEADER, UUID.randomUUID().toString());
    }
}
