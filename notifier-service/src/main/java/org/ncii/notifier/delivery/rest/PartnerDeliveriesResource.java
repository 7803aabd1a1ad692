package org.ncii.notifier.delivery.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.ncii.notifier.delivery.service.DeliveryAdmin;
import org.ncii.notifier.partner.PartnerService;

/** A partner's deliveries with every attempt, for staff in group {@code admin}; an unknown partner is 404. */
@Path("/v1/partners/{partnerId}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class PartnerDeliveriesResource {
    private final DeliveryAdmin admin;
    private final PartnerService partners;

    public PartnerDeliveriesResource(DeliveryAdmin admin, PartnerService partners) {
        this.admin = admin;
        this.partners = partners;
    }

    @GET
    public Uni<List<DeliveryAdmin.DeliveryView>> list(@PathParam("partnerId") String partnerId,
                                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return partners.find(partnerId).chain(found -> admin.deliveriesOf(partnerId, page, size));
    }
}
