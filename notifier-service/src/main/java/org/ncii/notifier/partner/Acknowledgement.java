package org.ncii.notifier.partner;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import org.ncii.events.AcknowledgementStatus;

/**
 * A status a partner reached for one of its notices. Statuses only move forward ({@link #rankOf}): a partner may
 * confirm receipt, ask for information, then remove or reject, but never step back.
 */
@Entity
@Table(name = "acknowledgement")
public class Acknowledgement extends PanacheEntityBase {
    @Id
    @Column(name = "acknowledgement_id")
    public String acknowledgementId;

    @Column(name = "notice_id", nullable = false)
    public String noticeId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AcknowledgementStatus status;

    @Column(nullable = false)
    public int rank;

    public String reason;

    public String reference;

    @Column(name = "actioned_at")
    public Instant actionedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** How far along a status is; a new acknowledgement must rank higher than every earlier one. */
    public static int rankOf(AcknowledgementStatus status) {
        return switch (status) {
            case RECEIVED -> 1;
            case NEEDS_INFO -> 2;
            case REMOVED, REJECTED -> 3;
        };
    }
}
