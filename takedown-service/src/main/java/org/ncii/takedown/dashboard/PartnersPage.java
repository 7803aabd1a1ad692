package org.ncii.takedown.dashboard;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import org.ncii.http.ProblemException;

/**
 * Platform partners, for admins: register one (its API key and signing secret are shown once), open one by its id,
 * rotate its signing secret, disable or enable its webhook, and replay its failed deliveries. Partners live in
 * notifier-service; {@link PartnerAdministration} calls its admin API.
 */
@Path("/dashboard/partners")
@Produces(MediaType.TEXT_HTML)
public class PartnersPage {
    private final PartnerAdministration partners;
    private final Pages pages;
    private final Template page;
    private final Template partnerPage;

    public PartnersPage(PartnerAdministration partners, Pages pages, @Location("dashboard/partners.html") Template page,
                        @Location("dashboard/partner.html") Template partnerPage) {
        this.partners = partners;
        this.pages = pages;
        this.page = page;
        this.partnerPage = partnerPage;
    }

    @GET
    public Response partners(@QueryParam("id") String id) {
        if (!pages.admin()) {
            return pages.adminsOnly();
        }
        if (id != null && !id.isBlank()) {
            return Response.seeOther(UriBuilder.fromPath("/dashboard/partners/{id}").build(id.trim())).build();
        }
        return pages.ok(form(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> register(@FormParam("name") String name, @FormParam("platforms") String platforms,
                                  @FormParam("webhookUrl") String webhookUrl, @FormParam("email") String email) {
        if (!pages.admin()) {
            return Uni.createFrom().item(pages.adminsOnly());
        }
        return partners.register(pages.staff(), name, platforms, webhookUrl, email)
                .map(registered -> pages.status(201, pages.page(page, "Partner registered", "partners")
                        .data("available", true).data("registered", registered).data("error", null)))
                .onFailure(ProblemException.class).recoverWithItem(failure -> pages.status(
                        ((ProblemException) failure).problem().status(),
                        form(((ProblemException) failure).problem().detail())));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> partner(@PathParam("id") String id, @QueryParam("done") String done) {
        if (!pages.admin()) {
            return Uni.createFrom().item(pages.adminsOnly());
        }
        return show(id, done, null);
    }

    @POST
    @Path("/{id}/{change:rotate-signing-secret|disable-webhook|enable-webhook|replay}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> change(@PathParam("id") String id, @PathParam("change") String change,
                                @FormParam("createdAt") String createdAt) {
        if (!pages.admin()) {
            return Uni.createFrom().item(pages.adminsOnly());
        }
        String admin = pages.staff();
        Uni<Response> done = switch (change) {
            case "rotate-signing-secret" -> partners.rotateSigningSecret(admin, id).chain(secret -> show(id, null, secret));
            case "disable-webhook" -> partners.webhook(admin, id, false).replaceWith(redirect(id, "webhook disabled"));
            case "enable-webhook" -> partners.webhook(admin, id, true).replaceWith(redirect(id, "webhook enabled"));
            default -> {
                Instant at;
                try {
                    at = Instant.parse(createdAt == null ? "" : createdAt);
                } catch (DateTimeParseException e) {
                    yield Uni.createFrom().item(pages.problem(ProblemException.invalid("createdAt", "Choose a delivery to replay.")));
                }
                yield partners.replay(admin, at).map(n -> redirect(id, n + " delivery replayed"));
            }
        };
        return done.onFailure(ProblemException.class).recoverWithItem(pages::problem);
    }

    private Uni<Response> show(String id, String done, NotifierPartnerApi.NewSigningSecret secret) {
        String admin = pages.staff();
        return partners.partner(admin, id).chain(partner -> partners.deliveries(admin, id)
                        .map(deliveries -> pages.ok(pages.page(partnerPage, "Partner " + partner.name(), "partners")
                                .data("partner", partner).data("deliveries", deliveries).data("done", done)
                                .data("secret", secret))))
                .onFailure(ProblemException.class).recoverWithItem(pages::problem);
    }

    private static Response redirect(String id, String done) {
        return Response.seeOther(UriBuilder.fromPath("/dashboard/partners/{id}").queryParam("done", done).build(id)).build();
    }

    private io.quarkus.qute.TemplateInstance form(String error) {
        return pages.page(page, "Partners", "partners").data("available", partners.available())
                .data("registered", null).data("error", error);
    }
}
