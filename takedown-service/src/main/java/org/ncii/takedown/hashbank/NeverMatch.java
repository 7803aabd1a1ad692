package org.ncii.takedown.hashbank;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;

/** A hash staff excluded from matching: a common image (a logo, a meme, a blank frame) that links unrelated cases. */
@Entity
@Table(name = "never_match")
public class NeverMatch extends PanacheEntity {
    public String algorithm;

    public String value;

    public String reason;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public Instant addedAt;
}
