package se.samverkan.contracts;

import java.util.Objects;

/**
 * A versioned event type: its wire name (also the routing key), the service that publishes
 * it, and the record its payload maps to. A new version of an event is a new type.
 */
public record EventType<T>(String name, String producer, Class<T> payloadType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(payloadType, "payloadType");
        if (!name.matches("[a-z][a-z-]*(\\.[a-z][a-z-]*)+\\.v[0-9]+")) {
            throw new IllegalArgumentException("event type name must look like 'aggregate.fact.vN': " + name);
        }
    }

    /** Classpath location of the example JSON that documents this event and that golden tests read. */
    public String exampleResource() {
        return "/se/samverkan/contracts/examples/" + name + ".json";
    }
}
