package org.ncii.takedown.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.ncii.http.ProblemException;
import org.ncii.takedown.repository.OutcomeStatistics;

/** Outcome statistics for a period of request creation (default: the last 30 days). */
@Path("/v1/stats")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
    private final OutcomeStatistics statistics;
    private final Clock clock;

    public StatsResource(OutcomeStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GET
    public Uni<OutcomeStatistics.Stats> stats(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = to == null || to.isBlank() ? clock.instant() : QueryParams.instant("to", to);
        Instant start = from == null || from.isBlank() ? end.minus(Duration.ofDays(30)) : QueryParams.instant("from", from);
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return statistics.between(start, end);
    }
}
