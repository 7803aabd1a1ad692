package org.ncii.notifier.delivery.rest;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.ncii.http.ProblemException;
import org.ncii.notifier.delivery.service.DeliveryAdmin;

/** Replays the dead-lettered (or endpoint-disabled) deliveries created in a time range; staff in group {@code admin}. */
@Path("/v1/deliveries/replay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class DeliveryReplayResource {
    private final DeliveryAdmin admin;

    public DeliveryReplayResource(DeliveryAdmin admin) {
        this.admin = admin;
    }

    /** The range of creation times, {@code from} inclusive, {@code to} exclusive. */
    public record ReplayRequest(@NotNull Instant from, @NotNull Instant to) {
    }

    public record Replayed(int replayed) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> replay(@Valid @NotNull ReplayRequest body) {
        if (!body.to().isAfter(body.from())) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return admin.replay(body.from(), body.to()).map(n -> Response.accepted(new Replayed(n)).build());
    }
}
