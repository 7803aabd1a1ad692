package org.ncii.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an announced oversized body with a problem+json 413 before Quarkus's own limit (which answers with an
 * empty body) sees it, in every service that uses this module. A chunked body without Content-Length still meets
 * Quarkus's limit while it is read.
 */
@ApplicationScoped
public class BodySizeGuard {
    private static final String PROBLEM = "{\"type\":\"https://ncii-takedown.org/problems/payload-too-large\","
            + "\"title\":\"Payload Too Large\",\"status\":413,\"detail\":\"the body must be at most %d KiB\"}";

    private final long limit;

    public BodySizeGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void register(@Observes Filters filters) {
        // Priority 10 runs before Quarkus's body-size handler (route order -2).
        filters.register(this::check, 10);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.isEmpty() && length.chars().allMatch(Character::isDigit)
                && (length.length() > 18 || Long.parseLong(length) > limit)) {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(PROBLEM.formatted(limit / 1024));
            return;
        }
        context.next();
    }
}
