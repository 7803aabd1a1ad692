package org.ncii.notifier.matches;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One copy a partner found again by a hash of one of its notices. */
@Entity
@Table(name = "partner_match")
public class PartnerMatch extends PanacheEntityBase {
    @Id
    @Column(name = "match_id")
    public String matchId;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "notice_id")
    public String noticeId;

    public String hash;

    public String url;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_taken")
    public ActionTaken actionTaken;

    @Column(name = "found_at")
    public Instant foundAt;

    @Column(name = "received_at")
    public Instant receivedAt;
}
