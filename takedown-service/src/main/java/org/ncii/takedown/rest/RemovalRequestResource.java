package org.ncii.takedown.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import io.smallrye.mutiny.Uni;
import org.ncii.http.ProblemException;
import org.ncii.takedown.StaffAction;
import org.ncii.takedown.service.CaseReading;
import org.ncii.takedown.service.StaffActions;

/** One removal request: its notice exactly as generated, and the actions a caseworker takes on it. */
@Path("/v1/removal-requests/{id}")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class RemovalRequestResource {
    /** A caseworker's action; {@code reference} is the platform's reference, required for MARK_SUBMITTED. */
    public record ActionBody(@NotNull StaffAction action, @Size(max = 2000) String note,
                             @Size(max = 255) String reference) {
    }

    private final CaseReading reading;
    private final StaffActions actions;
    private final StaffViews views;

    public RemovalRequestResource(CaseReading reading, StaffActions actions, StaffViews views) {
        this.reading = reading;
        this.actions = actions;
        this.views = views;
    }

    @GET
    public Uni<StaffViews.Notice> notice(@PathParam("id") String id) {
        UUID requestId = requestId(id);
        return reading.request(requestId).map(found -> views.notice(found.orElseThrow(
                () -> ProblemException.notFound("no removal request " + id)).request()));
    }

    @POST
    @Path("/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<StaffViews.Request> act(@PathParam("id") String id, @Valid @NotNull ActionBody body, SecurityContext security) {
        UUID requestId = requestId(id);
        String staff = security.getUserPrincipal().getName();
        return actions.act(requestId, body.action(), body.note(), body.reference(), staff)
                .chain(() -> reading.request(requestId))
                .map(found -> views.request(found.orElseThrow().request(), found.orElseThrow().items()));
    }

    private static UUID requestId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no removal request " + id);
        }
    }
}
