package org.ncii.takedown.dashboard;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notifier-service's partner administration API ({@code /v1/partners}, group {@code admin}), as the dashboard uses it. */
@RegisterRestClient(configKey = "notifier-partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotifierPartnerApi {
    record NewPartner(String name, List<String> platforms, String webhookUrl, String email) {
    }

    @TemplateData
    record Registered(String partnerId, String apiKey, String signingSecret) {
    }

    @TemplateData
    record Partner(String partnerId, String name, List<String> platforms, String webhookUrl, boolean webhookEnabled,
                   String webhookDisabledReason, String email, boolean apiKeyActive, Instant createdAt) {
    }

    @TemplateData
    record NewSigningSecret(String signingSecret, Instant previousSecretsRetireAt) {
    }

    @TemplateData
    record Delivery(String deliveryId, String noticeId, String messageType, String channel, String status, int attempts,
                    Instant nextAttemptAt, String lastError, Instant createdAt) {
    }

    record Replay(Instant from, Instant to) {
    }

    record Replayed(int replayed) {
    }

    @POST
    @Path("/v1/partners")
    Uni<Registered> register(@HeaderParam("Authorization") String bearer, NewPartner partner);

    @GET
    @Path("/v1/partners/{id}")
    Uni<Partner> get(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @POST
    @Path("/v1/partners/{id}/signing-secret/rotation")
    Uni<NewSigningSecret> rotateSigningSecret(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @POST
    @Path("/v1/partners/{id}/webhook/disable")
    Uni<Void> disableWebhook(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @POST
    @Path("/v1/partners/{id}/webhook/enable")
    Uni<Void> enableWebhook(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);

    @GET
    @Path("/v1/partners/{id}/deliveries")
    Uni<List<Delivery>> deliveries(@HeaderParam("Authorization") String bearer, @PathParam("id") String id,
                                   @QueryParam("size") int size);

    @POST
    @Path("/v1/deliveries/replay")
    Uni<Replayed> replay(@HeaderParam("Authorization") String bearer, Replay range);
}
