package org.ncii.notifier.delivery.client;

import java.time.Duration;

/**
 * A partner answered 5xx or 429: thrown inside the endpoint's guard so its circuit breaker counts it, turned
 * back into a {@link WebhookResponse} outside.
 */
class EndpointUnavailable extends RuntimeException {
    final int status;
    final Duration retryAfter;

    EndpointUnavailable(int status, Duration retryAfter) {
        super("endpoint answered " + status, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }
}
