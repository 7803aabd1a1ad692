package org.ncii.notifier.partner;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A webhook signing secret, AES-GCM encrypted under the key {@code keyId}. After a rotation the old one keeps
 * signing until {@code retiresAt}, so a partner can switch verification without missing a message.
 */
@Entity
@Table(name = "partner_signing_secret")
public class PartnerSigningSecret extends PanacheEntityBase {
    @Id
    @Column(name = "secret_id")
    public String secretId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    @Column(nullable = false, columnDefinition = "text")
    public String ciphertext;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Null while current; set when a newer secret replaced it. */
    @Column(name = "retires_at")
    public Instant retiresAt;

    public boolean signsAt(Instant now) {
        return retiresAt == null || retiresAt.isAfter(now);
    }
}
