package org.ncii.intake.rest;

import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.ncii.http.Problem;
import org.ncii.intake.service.SubmissionRateLimit;

/** Applies the per-client submission limit before the body is read, so refused requests cost little. */
public class SubmissionRateFilter {
    private final SubmissionRateLimit limit;

    public SubmissionRateFilter(SubmissionRateLimit limit) {
        this.limit = limit;
    }

    @ServerRequestFilter
    public Uni<Response> limitSubmissions(SimpleResourceInfo resource, HttpServerRequest request) {
        if (resource.getResourceClass() != ReportResource.class || !"submit".equals(resource.getMethodName())) {
            return Uni.createFrom().nullItem();
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return limit.admit(client).map(wait -> wait.map(seconds -> Response.status(429)
                        .type(Problem.MEDIA_TYPE)
                        .header("Retry-After", Long.toString(seconds))
                        .entity(Problem.of(429, "too-many-requests", "Too many requests",
                                "Too many reports from this address; try again later."))
                        .build())
                .orElse(null));
    }
}
