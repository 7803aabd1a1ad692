package org.ncii.takedown.dashboard;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in form (checked by Quarkus form authentication at {@code /dashboard/j_security_check}) and sign-out,
 * which removes the session cookie.
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {
    private final Template page;
    private final String cookieName;

    public SignInPage(@Location("dashboard/sign-in.html") Template page,
                      @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
        this.page = page;
        this.cookieName = cookieName;
    }

    @GET
    @Path("/sign-in")
    public Response signIn(@QueryParam("error") String error, @QueryParam("signed-out") String signedOut) {
        return Response.ok(page.data("title", "Sign in").data("error", error != null)
                .data("signedOut", signedOut != null).render(), Pages.HTML).build();
    }

    @POST
    @Path("/sign-out")
    public Response signOut() {
        NewCookie gone = new NewCookie.Builder(cookieName).value("").path("/dashboard").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/dashboard/sign-in?signed-out=true")).cookie(gone).build();
    }
}
