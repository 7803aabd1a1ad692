package org.ncii.takedown.hashbank;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;

/** One hash of one case's item, kept so later reports of the same content find this case. */
@Entity
@Table(name = "bank_hash")
public class BankedHash extends PanacheEntity {
    @Column(name = "case_ref")
    public String caseRef;

    @Column(name = "item_id")
    public String itemId;

    public String algorithm;

    public String value;

    public Short quality;

    public String variant;

    @Column(name = "added_at")
    public Instant addedAt;

    @Column(name = "match_count")
    public int matchCount;
}
