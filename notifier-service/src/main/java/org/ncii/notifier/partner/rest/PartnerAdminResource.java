package org.ncii.notifier.partner.rest;

import java.net.URI;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.ncii.notifier.partner.NewPartner;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.notifier.partner.PartnerView;

/**
 * Partner management for staff in group {@code admin}. No token: 401; a staff token without {@code admin}: 403.
 * Secrets appear only in the answers that create them.
 */
@Path("/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class PartnerAdminResource {
    private final PartnerService partners;

    public PartnerAdminResource(PartnerService partners) {
        this.partners = partners;
    }

    public record NewSigningSecret(String signingSecret, Instant previousSecretsRetireAt) {
    }

    public record NewApiKey(String apiKey) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> register(@Valid @NotNull NewPartner body) {
        return partners.register(body).map(registered -> Response
                .created(URI.create("/v1/partners/" + registered.partnerId())).entity(registered).build());
    }

    @GET
    @Path("/{partnerId}")
    public Uni<PartnerView> get(@PathParam("partnerId") String partnerId) {
        return partners.find(partnerId);
    }

    /** A new signing secret; the previous ones keep signing beside it for the rotation overlap (24 h). */
    @POST
    @Path("/{partnerId}/signing-secret/rotation")
    public Uni<NewSigningSecret> rotateSigningSecret(@PathParam("partnerId") String partnerId) {
        return partners.rotateSigningSecret(partnerId)
                .map(r -> new NewSigningSecret(r.signingSecret(), r.previousRetireAt()));
    }

    /** A new API key; the old one stops working at once. */
    @POST
    @Path("/{partnerId}/api-key/rotation")
    public Uni<NewApiKey> rotateApiKey(@PathParam("partnerId") String partnerId) {
        return partners.rotateApiKey(partnerId).map(NewApiKey::new);
    }

    @DELETE
    @Path("/{partnerId}/api-key")
    public Uni<Response> revokeApiKey(@PathParam("partnerId") String partnerId) {
        return partners.revokeApiKey(partnerId).map(x -> Response.noContent().build());
    }

    @POST
    @Path("/{partnerId}/webhook/enable")
    public Uni<Response> enableWebhook(@PathParam("partnerId") String partnerId) {
        return partners.setWebhookEnabled(partnerId, true).map(x -> Response.noContent().build());
    }

    @POST
    @Path("/{partnerId}/webhook/disable")
    public Uni<Response> disableWebhook(@PathParam("partnerId") String partnerId) {
        return partners.setWebhookEnabled(partnerId, false).map(x -> Response.noContent().build());
    }
}
