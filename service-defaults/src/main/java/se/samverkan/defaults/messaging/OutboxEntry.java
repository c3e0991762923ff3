package se.samverkan.defaults.messaging;

import java.time.Instant;

/**
 * One pending integration event, stored inside the aggregate document that raised it so the
 * state change and the event are one atomic write. The relay removes it once the broker has
 * confirmed it.
 *
 * @param eventId   the envelope's id, also the AMQP message id
 * @param type      the event type, also the routing key
 * @param exchange  where it is published
 * @param envelope  the envelope as JSON, exactly as it will go on the wire
 * @param createdAt when the event was written to the outbox
 */
public record OutboxEntry(String eventId, String type, String exchange, String envelope, Instant createdAt) {
}
