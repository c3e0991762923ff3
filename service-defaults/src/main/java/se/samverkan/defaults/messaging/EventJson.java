package se.samverkan.defaults.messaging;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventType;

/**
 * The one wire format of integration events: JSON with ISO-8601 instants. Readers ignore
 * fields they do not know, so producers can add fields without breaking consumers.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static String write(EventEnvelope<?> envelope) {
        return MAPPER.writeValueAsString(envelope);
    }

    public static <T> EventEnvelope<T> read(byte[] json, EventType<T> type) {
        JavaType javaType = MAPPER.getTypeFactory().constructParametricType(EventEnvelope.class, type.payloadType());
        EventEnvelope<T> envelope = MAPPER.readValue(json, javaType);
        if (!type.name().equals(envelope.type())) {
            throw new IllegalArgumentException("expected event type " + type.name() + " but got " + envelope.type());
        }
        return envelope;
    }

    /** The {@code type} field of an envelope, read without binding the payload. */
    public static String typeOf(byte[] json) {
        var node = MAPPER.readTree(json).get("type");
        if (node == null || !node.isString()) {
            throw new IllegalArgumentException("message is not an event envelope: it has no 'type'");
        }
        return node.asString();
    }
}
