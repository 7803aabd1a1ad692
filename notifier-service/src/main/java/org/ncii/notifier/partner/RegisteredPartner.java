package org.ncii.notifier.partner;

/** The answer to a registration: the only time the API key and the signing secret are ever shown. */
public record RegisteredPartner(String partnerId, String apiKey, String signingSecret) {
}
