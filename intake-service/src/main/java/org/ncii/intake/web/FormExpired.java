package org.ncii.intake.web;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF check refuses a page's form with a bare 400 (no token, a stale token, or cookies blocked). A person
 * should instead read what happened and how to go on, so that refusal gets a page of its own; it stays a 400.
 */
public class FormExpired {
    private static final Set<String> FORMS = Set.of("/report", "/status", "/status/withdrawal", "/status/withdrawal/confirmed");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance formExpired(String again);
    }

    @ServerResponseFilter
    public void explainRefusedForm(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod()) && FORMS.contains(path)) {
            String again = path.startsWith("/status") ? "/status" : "/report";
            response.setEntity(Templates.formExpired(again).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
            response.getHeaders().putSingle("Content-Security-Policy", PageHeaders.PAGE_POLICY);
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
