package org.ncii.takedown.client;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Asks one RDAP server one question (RFC 9082), without blocking: a 404 is an answer ("no such object"),
 * anything else that is not 2xx is a failure that is retried and counts against the circuit breaker, so a
 * registry that is down costs seconds, not a stuck consumer.
 */
@ApplicationScoped
public class RdapClient {
    private static final int MAX_BODY = 1_048_576;

    private final HttpClient http;
    private final ObjectMapper json;

    public RdapClient(Vertx vertx, ObjectMapper json) {
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(3000)
                .setIdleTimeout(10)
                .setMaxRedirects(3));
        this.json = json;
    }

    /** The RDAP object at {@code url}, or empty when the server has none (404). */
    @AsynchronousNonBlocking
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            abortOn = {RdapAnswerException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = RdapAnswerException.class)
    public Uni<Optional<JsonNode>> get(URI url) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(url.toString())
                .setFollowRedirects(true)
                .putHeader("Accept", "application/rdap+json, application/json");
        return http.request(request)
                .chain(r -> r.send())
                .chain(response -> response.body().map(body -> answer(url, response, body)));
    }

    private Optional<JsonNode> answer(URI url, HttpClientResponse response, Buffer body) {
        int status = response.statusCode();
        if (status == 404) {
            return Optional.empty();
        }
        if (status < 200 || status > 299) {
            throw new RdapUnavailableException("RDAP server " + url.getHost() + " answered " + status);
        }
        if (body.length() > MAX_BODY) {
            throw new RdapAnswerException("RDAP answer from " + url.getHost() + " is too large");
        }
        try {
            return Optional.of(json.readTree(body.getBytes()));
        } catch (Exception e) {
            throw new RdapAnswerException("RDAP answer from " + url.getHost() + " is not JSON");
        }
    }

    @PreDestroy
    void close() {
        http.closeAndAwait();
    }
}
