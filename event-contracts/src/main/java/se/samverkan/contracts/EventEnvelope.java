package se.samverkan.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The wire envelope of every integration event. Writers never remove or retype a field;
 * readers ignore fields they do not know.
 *
 * @param eventId        unique per event; consumers use it to recognise a redelivery
 * @param type           wire name with version, e.g. {@code provider.registered.v1}
 * @param occurredAt     when the business fact happened
 * @param producer       the service that owns the fact, e.g. {@code producer-service}
 * @param organisationId the organisation that acted (a board, a provider, KS/KLK)
 * @param correlationId  carried from the HTTP request that caused the event, for tracing across services
 * @param payload        the event's own fields
 */
public record EventEnvelope<T>(
        UUID eventId,
        String type,
        Instant occurredAt,
        String producer,
        String organisationId,
        String correlationId,
        T payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(payload, "payload");
    }

    public static <T> EventEnvelope<T> of(EventType<T> type, Instant occurredAt, String organisationId,
                                          String correlationId, T payload) {
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), occurredAt, type.producer(),
                organisationId, correlationId, payload);
    }
}
