package org.ncii.notifier.delivery;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import org.ncii.notifier.delivery.repository.SealedMessage;
import org.ncii.events.DeliveryChannel;

/**
 * One message to one platform with its persisted retry schedule: the id is the {@code webhook-id}, the same on
 * every retry, and {@code nextAttemptAt} survives a restart, so no retry lives only in memory.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {
    @Id
    @Column(name = "delivery_id")
    public String deliveryId;

    @Column(name = "notice_id", nullable = false)
    public String noticeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "message_type", nullable = false)
    public MessageType messageType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryChannel channel;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "email_to")
    public String emailTo;

    public String subject;

    /** The webhook body or the e-mail text, exactly as sent on every attempt. */
    @Convert(converter = SealedMessage.class)
    @Column(nullable = false, columnDefinition = "text")
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    /** Attempts made so far, over every round. */
    @Column(nullable = false)
    public int attempts;

    /** Attempts made before the current round of the retry schedule began (a replay starts a new round). */
    @Column(name = "round_start", nullable = false)
    public int roundStart;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** Set while one worker instance holds the message; another instance skips it until then. */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
