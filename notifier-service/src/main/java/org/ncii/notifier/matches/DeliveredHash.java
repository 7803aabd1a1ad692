package org.ncii.notifier.matches;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;

/** One hash a partner received in one notice: what lets it report a copy it found by that hash. */
@Entity
@Table(name = "delivered_hash")
public class DeliveredHash extends PanacheEntity {
    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    /** Lower-case hex, as a match report is compared. */
    @Column(name = "hash_value", nullable = false)
    public String hashValue;

    @Column(nullable = false)
    public String algorithm;

    @Column(name = "notice_id", nullable = false)
    public String noticeId;

    @Column(name = "case_ref", nullable = false)
    public String caseRef;

    @Column(name = "delivered_at", nullable = false)
    public Instant deliveredAt;
}
