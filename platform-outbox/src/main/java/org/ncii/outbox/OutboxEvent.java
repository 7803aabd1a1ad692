package org.ncii.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;

/**
 * One event waiting to be published, written in the same transaction as the change it reports. Every service
 * that publishes owns an {@code outbox_event} table (and {@code outbox_event_SEQ}) in its own Flyway script.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntity {
    @Column(name = "event_id", nullable = false, unique = true)
    public String eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(nullable = false)
    public String type;

    /** The whole CloudEvent, structured JSON. */
    @Column(nullable = false, columnDefinition = "text")
    public String envelope;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(nullable = false)
    public int attempts;
}
