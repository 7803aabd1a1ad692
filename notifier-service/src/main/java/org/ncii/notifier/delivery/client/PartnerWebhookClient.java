package org.ncii.notifier.delivery.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import io.smallrye.faulttolerance.api.RateLimitException;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.ncii.notifier.delivery.config.DeliveryConfig;

/**
 * Sends one webhook attempt, non-blocking, through a fault-tolerance guard of the partner's own: timeout,
 * circuit breaker, bulkhead and rate limit per partner, so a partner that hangs fills only its own bulkhead
 * and trips only its own breaker while deliveries to every other partner go on.
 */
@ApplicationScoped
public class PartnerWebhookClient {
    private static final TypeLiteral<Uni<WebhookResponse>> RESPONSE = new TypeLiteral<>() {
    };

    private final DeliveryConfig.Endpoint limits;
    private final HttpClient http;
    private final Map<String, TypedGuard<Uni<WebhookResponse>>> guards = new ConcurrentHashMap<>();

    public PartnerWebhookClient(DeliveryConfig config) {
        this.limits = config.endpoint();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.timeout())
                .build();
    }

    /**
     * POSTs {@code body} with the given headers. Never fails: every outcome, including a timeout or a call the
     * guard refused before sending ({@code sent == false}), comes back as a {@link WebhookResponse}.
     */
    public Uni<WebhookResponse> post(String partnerId, URI url, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        return guard(partnerId).get(() -> send(url, headers, body, started))
                .onFailure().recoverWithItem(failure -> failed(failure, started));
    }

    private Uni<WebhookResponse> send(URI url, Map<String, String> headers, String body, long started) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(limits.timeout().plusSeconds(1))
                .header("content-type", "application/json")
                .header("user-agent", "ncii-takedown-notifier")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return Uni.createFrom().completionStage(() -> http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()))
                .map(response -> {
                    int status = response.statusCode();
                    Duration retryAfter = response.headers().firstValue("retry-after").flatMap(PartnerWebhookClient::retryAfter).orElse(null);
                    if (status >= 500 || status == 429) {
                        throw new EndpointUnavailable(status, retryAfter);
                    }
                    return new WebhookResponse(status, retryAfter, status < 300 ? null : "answered " + status, millisSince(started), true);
                });
    }

    private static WebhookResponse failed(Throwable failure, long started) {
        long latency = millisSince(started);
        if (failure instanceof EndpointUnavailable unavailable) {
            return new WebhookResponse(unavailable.status, unavailable.retryAfter, "answered " + unavailable.status, latency, true);
        }
        if (failure instanceof TimeoutException || failure instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                || failure instanceof java.net.http.HttpTimeoutException) {
            return new WebhookResponse(null, null, "timed out", latency, true);
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new WebhookResponse(null, null, "circuit open", latency, false);
        }
        if (failure instanceof BulkheadException) {
            return new WebhookResponse(null, null, "too many attempts in flight", latency, false);
        }
        if (failure instanceof RateLimitException limited) {
            return new WebhookResponse(null, Duration.ofMillis(Math.max(limited.getRetryAfterMillis(), 1)), "rate limited", latency, false);
        }
        String kind = failure.getClass().getSimpleName();
        return new WebhookResponse(null, null, "no answer: " + kind, latency, true);
    }

    private TypedGuard<Uni<WebhookResponse>> guard(String partnerId) {
        return guards.computeIfAbsent(partnerId, id -> TypedGuard.create(RESPONSE)
                .withDescription("webhook " + id)
                .withTimeout().duration(limits.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker()
                // Only the partner failing counts: an attempt the bulkhead or rate limit held back never reached it,
                // and counting those opened a healthy partner's circuit under a burst.
                .skipOn(List.of(BulkheadException.class, RateLimitException.class))
                .requestVolumeThreshold(limits.requestVolume())
                .failureRatio(limits.failureRatio())
                .delay(limits.circuitDelay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .withBulkhead().limit(limits.concurrency()).queueSize(limits.queue()).done()
                .withRateLimit().limit(limits.rateLimit()).window(limits.rateWindow().toMillis(), ChronoUnit.MILLIS).done()
                .build());
    }

    /** {@code Retry-After} as delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
    static Optional<Duration> retryAfter(String value) {
        String v = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
