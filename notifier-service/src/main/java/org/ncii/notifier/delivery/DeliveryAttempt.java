package org.ncii.notifier.delivery;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;

/** One try at sending a message: when, to which endpoint, what came back and how long it took. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntity {
    @Column(name = "delivery_id", nullable = false)
    public String deliveryId;

    @Column(name = "attempt_no", nullable = false)
    public int attemptNo;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    /** The webhook URL, or {@code mailto:} and the address for e-mail. */
    @Column(nullable = false)
    public String endpoint;

    /** The HTTP status, or null when none came back (timeout, refused connection, mail error). */
    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "latency_ms", nullable = false)
    public long latencyMs;

    public String error;
}
