package org.ncii.takedown.dashboard;

import java.net.URI;

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

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import org.ncii.http.ProblemException;

/** Staff accounts, for admins: who can sign in, adding a caseworker or admin, disabling and enabling accounts. */
@Path("/dashboard/accounts")
@Produces(MediaType.TEXT_HTML)
public class AccountsPage {
    private final StaffAccountAdministration administration;
    private final Pages pages;
    private final Template page;

    public AccountsPage(StaffAccountAdministration administration, Pages pages,
                        @Location("dashboard/accounts.html") Template page) {
        this.administration = administration;
        this.pages = pages;
        this.page = page;
    }

    @GET
    public Uni<Response> accounts(@QueryParam("created") String created) {
        if (!pages.admin()) {
            return Uni.createFrom().item(pages.adminsOnly());
        }
        return render(200, created == null ? null : "Account created for " + created + ".", null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(@FormParam("email") String email, @FormParam("displayName") String displayName,
                                @FormParam("password") String password, @FormParam("role") String role) {
        if (!pages.admin()) {
            return Uni.createFrom().item(pages.adminsOnly());
        }
        var form = new StaffAccountAdministration.NewAccount(email, displayName, password, role);
        return administration.create(form, pages.staff())
                .map(account -> Response.seeOther(URI.create("/dashboard/accounts?created=" + account.email())).build())
                .onFailure(ProblemException.class).recoverWithUni(failure -> {
                    ProblemException p = (ProblemException) failure;
                    String field = p.problem().violations() == null || p.problem().violations().isEmpty() ? null
                            : p.problem().violations().get(0).field();
                    String message = field == null ? p.problem().detail() : p.problem().violations().get(0).message();
                    return render(400, null, new FieldError(field, message), form);
                });
    }

    @POST
    @Path("/{id}/{change:enable|disable}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> change(@PathParam("id") long id, @PathParam("change") String change) {
        if (!pages.admin()) {
            return Uni.createFrom().item(pages.adminsOnly());
        }
        return administration.setEnabled(id, change.equals("enable"), pages.staff())
                .map(x -> Response.seeOther(URI.create("/dashboard/accounts")).build())
                .onFailure(ProblemException.class).recoverWithUni(failure ->
                        render(((ProblemException) failure).problem().status(), null,
                                new FieldError(null, ((ProblemException) failure).problem().detail()), null));
    }

    /** A refusal tied to the form field it concerns (null for the whole form). */
    @io.quarkus.qute.TemplateData
    public record FieldError(String field, String message) {
    }

    private Uni<Response> render(int status, String message, FieldError error, StaffAccountAdministration.NewAccount form) {
        return administration.all().map(all -> pages.status(status, pages.page(page, "Staff accounts", "accounts")
                .data("accounts", all).data("message", message).data("error", error)
                .data("form", form == null ? new StaffAccountAdministration.NewAccount("", "", "", "STAFF") : form)));
    }
}
