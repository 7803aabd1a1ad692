package org.ncii.notifier.partner.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.ncii.http.ProblemException;
import org.ncii.notifier.partner.service.PartnerAuthenticator;

/**
 * Authenticates every call to the partner API by its API key before the body is read, so an anonymous caller
 * gets 401 and never a validation message.
 */
public class PartnerApiKeyFilter {
    private final PartnerAuthenticator authenticator;
    private final CurrentPartner current;

    public PartnerApiKeyFilter(PartnerAuthenticator authenticator, CurrentPartner current) {
        this.authenticator = authenticator;
        this.current = current;
    }

    @ServerRequestFilter
    public Uni<Response> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/v1/partner") && !path.startsWith("/v1/partner/")) {
            return Uni.createFrom().nullItem();
        }
        return authenticator.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .map(partnerId -> {
                    current.set(partnerId);
                    return (Response) null;
                })
                .onFailure(ProblemException.class).recoverWithItem(e -> {
                    ProblemException problem = (ProblemException) e;
                    Response.ResponseBuilder response = Response.fromResponse(problem.problem().toResponse());
                    problem.headers().forEach(response::header);
                    return response.build();
                });
    }
}
