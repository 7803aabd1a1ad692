package org.ncii.notifier.matches;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.ncii.notifier.partner.rest.CurrentPartner;

/** Partner API (API key): report a copy of reported content found again by one of the hashes a notice carried. */
@Path("/v1/partner/matches")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerMatchResource {
    private final CurrentPartner partner;
    private final PartnerMatches matches;

    public PartnerMatchResource(CurrentPartner partner, PartnerMatches matches) {
        this.partner = partner;
        this.matches = matches;
    }

    /** The match on record, with the notice that carried the hash. */
    public record MatchAccepted(String matchId, String noticeId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> report(@Valid @NotNull MatchReport body) {
        return matches.report(partner.id(), body)
                .map(m -> Response.accepted(new MatchAccepted(m.matchId(), m.noticeId())).build());
    }
}
