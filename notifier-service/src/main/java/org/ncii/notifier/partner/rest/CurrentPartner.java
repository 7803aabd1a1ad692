package org.ncii.notifier.partner.rest;

import jakarta.enterprise.context.RequestScoped;

/** The partner authenticated for this request by {@link PartnerApiKeyFilter}. */
@RequestScoped
public class CurrentPartner {
    private String partnerId;

    void set(String partnerId) {
        this.partnerId = partnerId;
    }

    public String id() {
        if (partnerId == null) {
            throw new IllegalStateException("no partner authenticated for this request");
        }
        return partnerId;
    }
}
