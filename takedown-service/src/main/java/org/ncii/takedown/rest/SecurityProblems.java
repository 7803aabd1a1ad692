package org.ncii.takedown.rest;

import jakarta.ws.rs.core.Response;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ncii.http.Problem;

/** Missing or invalid tokens (401) and tokens without the {@code staff} group (403), as problem+json. */
public class SecurityProblems {
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden", "this needs the staff group").toResponse();
    }

    private static Response unauthenticated() {
        return Response.fromResponse(Problem.of(401, "unauthorized", "Unauthorized", "a staff bearer token is required")
                .toResponse()).header("WWW-Authenticate", "Bearer").build();
    }
}
