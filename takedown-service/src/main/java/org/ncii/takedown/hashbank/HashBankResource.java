package org.ncii.takedown.hashbank;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import io.smallrye.mutiny.Uni;
import org.ncii.events.HashAlgorithm;
import org.ncii.http.ProblemException;

/**
 * Staff API of the hash bank: a case's hashes with how often each matched and the cases it is linked to, and the
 * never-match list of hashes that must not link cases.
 */
@Path("/v1/hash-bank")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class HashBankResource {
    private final HashBankStaff staff;

    public HashBankResource(HashBankStaff staff) {
        this.staff = staff;
    }

    /** A hash to exclude from matching, with why (for example "stock photo", "blank frame"). */
    public record NeverMatchBody(@NotNull HashAlgorithm algorithm,
                                 @NotNull @Pattern(regexp = "[0-9a-fA-F]{32}|[0-9a-fA-F]{64}", message = "must be 32 or 64 hex digits") String value,
                                 @Size(max = 500) String reason) {
    }

    @GET
    @Path("/cases/{caseRef}")
    public Uni<HashBankStaff.CaseHashes> ofCase(@PathParam("caseRef") String caseRef) {
        return staff.ofCase(caseRef);
    }

    @GET
    @Path("/never-match")
    public Uni<List<HashBankStaff.Excluded>> neverMatch() {
        return staff.neverMatch();
    }

    @POST
    @Path("/never-match")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> exclude(@Valid @NotNull NeverMatchBody body, SecurityContext security) {
        int digits = body.algorithm() == HashAlgorithm.MD5 ? 32 : 64;
        if (body.value().length() != digits) {
            throw ProblemException.invalid("value", "must be " + digits + " hex digits for " + body.algorithm());
        }
        return staff.exclude(body.algorithm().name(), body.value(), body.reason(), security.getUserPrincipal().getName())
                .map(e -> Response.status(Response.Status.CREATED).entity(e).build());
    }

    @DELETE
    @Path("/never-match/{id}")
    public Uni<Response> include(@PathParam("id") String id) {
        long entry;
        try {
            entry = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("no never-match entry " + id);
        }
        return staff.include(entry).map(x -> Response.noContent().build());
    }
}
