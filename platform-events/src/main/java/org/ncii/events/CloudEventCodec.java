package org.ncii.events;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes {@link CloudEvent} envelopes. A consumer gets the event's type and typed data back, or
 * empty for a type it does not know (a newer producer): such events are skipped, not failed on.
 */
public final class CloudEventCodec {
    private final ObjectMapper mapper;

    public CloudEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(CloudEvent<?> event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + event.type(), e);
        }
    }

    /** A decoded event: its envelope attributes and its data as the record its type names. */
    public record Decoded(String id, EventType type, String subject, java.time.Instant time, Object data) {
        public <T> T data(Class<T> expected) {
            return expected.cast(data);
        }
    }

    public Optional<Decoded> read(String json) {
        try {
            JsonNode node = mapper.readTree(json);
            String typeName = node.path("type").asText(null);
            Optional<EventType> type = EventType.ofType(typeName);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            Object data = mapper.treeToValue(node.get("data"), type.get().dataClass());
            java.time.Instant time = node.hasNonNull("time") ? mapper.treeToValue(node.get("time"), java.time.Instant.class) : null;
            return Optional.of(new Decoded(node.path("id").asText(), type.get(), node.path("subject").asText(null), time, data));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CloudEvent: " + e.getOriginalMessage(), e);
        }
    }
}
