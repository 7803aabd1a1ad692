package org.ncii.devstack.partner;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One webhook request as the partner received it: its Standard Webhooks id, whether the signature verified
 * with the specification's library, the parsed body, the status we answered and when it arrived.
 */
public record ReceivedWebhook(String webhookId, String signatureHeader, boolean verified, String type, JsonNode body,
                              String rawBody, int answeredStatus, Instant receivedAt) {

    /** The notice id the body's {@code data} carries. */
    public String noticeId() {
        return body == null ? null : body.path("data").path("noticeId").asText(null);
    }
}
