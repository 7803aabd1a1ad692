package org.ncii.takedown.dashboard;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The dashboard's own Content-Security-Policy (platform-http leaves HTML pages to set theirs): only our stylesheet,
 * no script at all, forms post only to us, never framed. Combined with no links to content URLs, a page can make no
 * request to anyone else.
 */
public class DashboardHeaders {
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    @ServerResponseFilter
    public void addHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/dashboard")) {
            response.getHeaders().putSingle("Content-Security-Policy", POLICY);
            response.getHeaders().putSingle("X-Frame-Options", "DENY");
            // Not no-referrer: under it browsers send "Origin: null" with our own forms, which the origin check refuses.
            // Links to other sites (a platform's form) still carry no referrer.
            response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        }
    }
}
