package org.ncii.notifier.partner.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import org.ncii.http.ProblemException;
import org.ncii.notifier.partner.AcknowledgementRequest;
import org.ncii.notifier.partner.service.AcknowledgementService;
import org.ncii.notifier.partner.service.PartnerNotices;

/** The partner API: a partner pulls its notices and acknowledges them, authenticated by its API key. */
@Path("/v1/partner/notices")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerNoticeResource {
    private final CurrentPartner partner;
    private final PartnerNotices notices;
    private final AcknowledgementService acknowledgements;

    public PartnerNoticeResource(CurrentPartner partner, PartnerNotices notices, AcknowledgementService acknowledgements) {
        this.partner = partner;
        this.notices = notices;
        this.acknowledgements = acknowledgements;
    }

    @GET
    public Uni<PartnerNotices.NoticePage> list(@QueryParam("status") String status,
                                               @QueryParam("page") @DefaultValue("0") String page,
                                               @QueryParam("size") @DefaultValue("20") String size) {
        return notices.list(partner.id(), status, number("page", page), number("size", size));
    }

    /** A query number read here, so a malformed one is a 400 naming it rather than JAX-RS's bare 404. */
    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number");
        }
    }

    /** Acknowledgement on record; a repeat of the same one answers the same. */
    public record AcknowledgementAccepted(String acknowledgementId, String noticeId, String status) {
    }

    @POST
    @Path("/{noticeId}/acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> acknowledge(@PathParam("noticeId") String noticeId, @Valid @NotNull AcknowledgementRequest body) {
        return acknowledgements.acknowledge(partner.id(), noticeId, body)
                .map(ack -> Response.accepted(new AcknowledgementAccepted(ack.acknowledgementId(), noticeId, ack.status().name()))
                        .build());
    }
}
