package org.ncii.intake.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.ncii.http.Problem;

/**
 * The pages' CSRF check (quarkus-rest-csrf) looks at every form-typed POST, but the JSON API under /v1 is
 * authenticated by headers a cross-site form cannot send, so it needs no token. A bodiless API call labelled as a
 * form (some HTTP clients do that by default) loses the meaningless label; a form body sent to the API is refused
 * as the API always refused it, with problem+json 415, instead of the CSRF check's bare 400.
 */
public class ApiOutsideFormChecks {

    @ServerRequestFilter(preMatching = true)
    public Response keepApiOutOfFormChecks(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !request.getUriInfo().getPath().startsWith("/v1/") || !isForm(type)) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean bodiless = request.getHeaderString("Transfer-Encoding") == null && (length == null || "0".equals(length.trim()));
        if (bodiless) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            return null;
        }
        return Response.status(415).type(Problem.MEDIA_TYPE).entity(Problem.of(415, "unsupported-media-type",
                "Unsupported Media Type", "the API takes application/json")).build();
    }

    private static boolean isForm(MediaType type) {
        return (type.getType().equals("application") && type.getSubtype().equals("x-www-form-urlencoded"))
                || (type.getType().equals("multipart") && type.getSubtype().equals("form-data"));
    }
}
