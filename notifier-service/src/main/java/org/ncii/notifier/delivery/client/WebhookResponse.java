package org.ncii.notifier.delivery.client;

import java.time.Duration;

/**
 * What one webhook attempt came to: the HTTP status when one came back, the partner's {@code Retry-After}, an
 * error when none did (timeout, refused connection, open circuit), and how long it took.
 */
public record WebhookResponse(Integer status, Duration retryAfter, String error, long latencyMs, boolean sent) {

    public boolean delivered() {
        return status != null && status >= 200 && status < 300;
    }

    public boolean gone() {
        return status != null && status == 410;
    }
}
