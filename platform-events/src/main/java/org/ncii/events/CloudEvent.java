package org.ncii.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: the whole event, attributes and {@code data}, is the
 * Kafka record value, with content type {@code application/cloudevents+json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent<T>(String specversion, String id, String source, String type, String subject, Instant time,
                            String datacontenttype, T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    /** A new event with a random id; {@code service} becomes the source, {@code subject} is the case or notice. */
    public static <T> CloudEvent<T> of(EventType type, String service, String subject, Instant time, T data) {
        return new CloudEvent<>(SPEC_VERSION, UUID.randomUUID().toString(), EventType.SOURCE_PREFIX + service,
                type.type(), subject, time, "application/json", data);
    }
}
