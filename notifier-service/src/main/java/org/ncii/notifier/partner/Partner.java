package org.ncii.notifier.partner;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A platform partner: where its removal requests go and the hash of the API key it calls us with. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {
    @Id
    @Column(name = "partner_id")
    public String partnerId;

    @Column(nullable = false)
    public String name;

    @Column(name = "webhook_url")
    public String webhookUrl;

    @Column(name = "webhook_enabled", nullable = false)
    public boolean webhookEnabled;

    @Column(name = "webhook_disabled_reason")
    public String webhookDisabledReason;

    public String email;

    @Column(name = "api_key_id")
    public String apiKeyId;

    /** Hex SHA-256 of the whole API key; null once the key is revoked. */
    @Column(name = "api_key_hash")
    public String apiKeyHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
