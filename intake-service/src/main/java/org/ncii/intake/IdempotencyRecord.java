package org.ncii.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A client's Idempotency-Key with a hash of the body it came with and the case it created. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord extends PanacheEntityBase {
    @Id
    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "body_hash", nullable = false)
    public byte[] bodyHash;

    @Column(name = "case_ref", nullable = false)
    public String caseRef;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
