package org.ncii.notifier.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A platform and the one partner that answers for it. */
@Entity
@Table(name = "partner_platform")
public class PartnerPlatform extends PanacheEntityBase {
    @Id
    public String platform;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    public PartnerPlatform() {
    }

    public PartnerPlatform(String platform, String partnerId) {
        this.platform = platform;
        this.partnerId = partnerId;
    }
}
