package org.ncii.takedown.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import org.ncii.http.ProblemException;

/**
 * Renders dashboard pages inside the common layout (navigation, who is signed in, sign-out) and turns a refused
 * request into a calm page instead of the API's problem+json.
 */
@ApplicationScoped
public class Pages {
    public static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");

    private final SecurityIdentity identity;
    private final Template problem;

    public Pages(SecurityIdentity identity, @Location("dashboard/problem.html") Template problem) {
        this.identity = identity;
        this.problem = problem;
    }

    /** The signed-in person's e-mail (the name recorded on the timeline). */
    public String staff() {
        return identity.getPrincipal().getName();
    }

    public boolean admin() {
        return identity.hasRole("admin");
    }

    public TemplateInstance page(Template template, String title, String section) {
        Object name = identity.getAttribute("displayName");
        return template.data("title", title).data("section", section).data("staff", staff())
                .data("staffName", name == null ? staff() : name).data("admin", admin());
    }

    public Response ok(TemplateInstance page) {
        return status(200, page);
    }

    public Response status(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    /** A page saying why a request was refused, with the status the API would have answered. */
    public Response problem(Throwable failure) {
        if (failure instanceof ProblemException p) {
            return status(p.problem().status(), page(problem, p.problem().title(), "").data("detail", p.problem().detail()));
        }
        throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
    }

    /** The page an admin-only address shows to a caseworker. */
    public Response adminsOnly() {
        return status(403, page(problem, "For administrators", "")
                .data("detail", "This page is for administrators. Ask one of them if you need something changed here."));
    }
}
