package se.samverkan.defaults.messaging;

import java.time.Instant;

import se.samverkan.contracts.EventEnvelope;

/** Builds outbox entries for persistence adapters, which keep them inside the aggregate document. */
public final class Outbox {

    private final Topology topology;

    Outbox(Topology topology) {
        this.topology = topology;
    }

    public OutboxEntry entry(EventEnvelope<?> envelope) {
        return new OutboxEntry(envelope.eventId().toString(), envelope.type(), topology.exchangeOf(envelope.producer()),
                EventJson.write(envelope), Instant.now());
    }

    /** Marker of a MongoDB collection whose documents carry an {@code outbox} array the relay drains. */
    public record Collection(String name) {
    }
}
