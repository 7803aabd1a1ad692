package org.ncii.takedown.rest;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.ncii.http.ProblemException;
import org.ncii.takedown.repository.CaseFilter;
import org.ncii.takedown.repository.CaseQueries;
import org.ncii.takedown.repository.CaseSummary;
import org.ncii.takedown.service.CaseReading;

/** Helpline staff's case list (minors first, then oldest) and one case with its requests and timeline. */
@Path("/v1/cases")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {
    private final CaseQueries queries;
    private final CaseReading reading;
    private final StaffViews views;

    public CaseResource(CaseQueries queries, CaseReading reading, StaffViews views) {
        this.queries = queries;
        this.reading = reading;
        this.views = views;
    }

    @GET
    public Uni<CaseSummary.Page> list(@QueryParam("status") String status, @QueryParam("platform") String platform,
                                      @QueryParam("overdue") String overdue, @QueryParam("createdFrom") String createdFrom,
                                      @QueryParam("createdTo") String createdTo, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        Instant from = QueryParams.instant("createdFrom", createdFrom);
        Instant to = QueryParams.instant("createdTo", createdTo);
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("createdTo", "must be after createdFrom");
        }
        CaseFilter filter = new CaseFilter(QueryParams.status(status), QueryParams.platform(platform),
                QueryParams.bool("overdue", overdue), from, to, QueryParams.integer("page", page, 0, 0, 100_000),
                QueryParams.integer("size", size, 20, 1, 100));
        return queries.list(filter);
    }

    @GET
    @Path("/{caseRef}")
    public Uni<StaffViews.Case> one(@PathParam("caseRef") String caseRef) {
        return reading.caseRecord(caseRef).map(found -> views.caseView(found.orElseThrow(
                () -> ProblemException.notFound("no case " + caseRef))));
    }
}
