package org.ncii.notifier.delivery.service;

import java.time.Duration;
import java.time.Instant;

/**
 * What one try at sending a message came to. {@code NOT_SENT} (an open circuit, a full bulkhead, the rate
 * limit) and {@code ENDPOINT_OFF} (the partner's webhook is disabled) never reached the partner, so they are
 * not counted as attempts.
 */
public record Attempt(Kind kind, Instant at, String endpoint, Integer status, Duration retryAfter, String error,
                      long latencyMs) {

    public enum Kind {
        DELIVERED, FAILED, GONE, NOT_SENT, ENDPOINT_OFF
    }

    public boolean reachedEndpoint() {
        return kind == Kind.DELIVERED || kind == Kind.FAILED || kind == Kind.GONE;
    }
}
