package org.ncii.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import org.ncii.events.CloudEvent;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.EventType;

/**
 * Adds an event to the outbox. Call it inside the transaction that makes the change the event reports: both
 * commit or neither does. {@link OutboxPublisher} sends it afterwards.
 */
@ApplicationScoped
public class Outbox {
    private final CloudEventCodec codec;
    private final OutboxPublisher publisher;

    public Outbox(ObjectMapper mapper, OutboxPublisher publisher) {
        this.codec = new CloudEventCodec(mapper);
        this.publisher = publisher;
    }

    /**
     * Persists the event in the caller's transaction. {@code key} is the Kafka record key (case reference or
     * notice id), which keeps one case's or notice's events in order on one partition.
     */
    public Uni<OutboxEvent> add(EventType type, String service, String key, Instant time, Object data) {
        CloudEvent<Object> event = CloudEvent.of(type, service, key, time, data);
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = type.topic();
        row.messageKey = key;
        row.type = type.type();
        row.envelope = codec.write(event);
        row.createdAt = time;
        return row.<OutboxEvent>persist();
    }

    /** Asks the publisher to send now rather than at its next poll; call after the transaction committed. */
    public void flushSoon() {
        publisher.wake();
    }
}
