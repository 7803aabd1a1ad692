package org.ncii.intake.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ncii.http.Problem;
import org.ncii.http.ProblemException;
import org.ncii.intake.IntakeCase;
import org.ncii.intake.service.CaseStatusReadModel;
import org.ncii.intake.service.ReportIntake;
import org.ncii.intake.service.Withdrawal;
import org.ncii.outbox.Outbox;

/** The victim's side of the platform: report once, follow the case, withdraw. */
@Path("/v1/reports")
@Tag(name = "Reports", description = "Submit a report, follow its progress, withdraw it.")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
    private static final String REPLAY_NOTE = "This report was already received; the access code was issued with the first answer.";

    private final ReportIntake intake;
    private final CaseStatusReadModel status;
    private final Withdrawal withdrawal;
    private final Outbox outbox;
    private final ObjectMapper mapper;

    public ReportResource(ReportIntake intake, CaseStatusReadModel status, Withdrawal withdrawal, Outbox outbox,
                          ObjectMapper mapper) {
        this.intake = intake;
        this.status = status;
        this.withdrawal = withdrawal;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Submit a report", description = "Creates a case for every place the content appears and "
            + "returns its reference and a secret access code, shown only here.")
    @APIResponse(responseCode = "202", description = "Accepted: the case exists and will be processed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionReceipt.class),
                    examples = @ExampleObject(name = "202", value = ProblemExamples.RECEIPT)))
    @APIResponse(responseCode = "400", description = "A field is invalid (each named in violations), a field is unknown, the body is not JSON, or Idempotency-Key is malformed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "400", value = ProblemExamples.INVALID)))
    @APIResponse(responseCode = "413", description = "The body is larger than 256 KiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "413", value = ProblemExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "The body is not application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "415", value = ProblemExamples.UNSUPPORTED)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body, or identity sharing lacks name or e-mail.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "422", value = ProblemExamples.IDEMPOTENCY)))
    @APIResponse(responseCode = "429", description = "Too many submissions from this address.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait.", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "429", value = ProblemExamples.RATE_LIMITED)))
    public Uni<Response> submit(
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Optional client key (at most "
                    + "255 visible characters): the same key and body within 24 hours return the same case; the same key "
                    + "with another body is refused with 422.", example = "5f0c9a8e-3b1d-4c6e-9f2a-7d8e1b2c3a4f")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull ReportBody body) {
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7e]{1,255}")) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 255 visible ASCII characters");
        }
        return intake.submit(ReportMapper.toCommand(body), idempotencyKey, idempotencyKey == null ? null : bodyHash(body))
                .invoke(receipt -> {
                    if (!receipt.replayed()) {
                        outbox.flushSoon();
                    }
                })
                .map(receipt -> Response.accepted(new SubmissionReceipt(receipt.caseRef(), receipt.accessCode(),
                        receipt.status(), receipt.replayed() ? REPLAY_NOTE : null,
                        SubmissionReceipt.Links.of(receipt.caseRef()))).build());
    }

    @GET
    @Path("/{caseRef}")
    @Operation(summary = "Follow a case", description = "The case and each URL's status at each platform, from intake's "
            + "own copy of takedown's status (available while takedown is down), and, if the report asked for it, the copies "
            + "platforms found again later. An unknown case and a wrong code both "
            + "answer 404. Ten wrong codes for one case within 15 minutes lock it for 15 minutes (429).")
    @APIResponse(responseCode = "200", description = "The case and per-item status.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "200", value = ProblemExamples.CASE)))
    @APIResponse(responseCode = "404", description = "No case with this reference, or a wrong access code (indistinguishable).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "404", value = ProblemExamples.NOT_FOUND)))
    @APIResponse(responseCode = "429", description = "Too many wrong access codes for this case: locked for 15 minutes.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait.", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "429", value = ProblemExamples.LOCKED)))
    public Uni<CaseView> status(
            @Parameter(description = "Case reference.", example = "TD-7KQ2-94XM") @PathParam("caseRef") String caseRef,
            @Parameter(in = ParameterIn.HEADER, name = "X-Access-Code", required = true, description = "The access code "
                    + "from the submission answer (dashes and case do not matter).", example = "K7QM-2XPD-9RWH-4TNE-6VBA-3YLC-ZF")
            @HeaderParam("X-Access-Code") String accessCode) {
        return status.view(caseRef, accessCode).map(view -> {
            IntakeCase c = view.intakeCase();
            return new CaseView(c.caseRef, c.status, c.submittedAt, c.statusUpdatedAt, view.items().stream()
                    .map(i -> new CaseView.Item(i.itemId(), i.url(), i.platform(), i.status(), i.dueAt(), i.updatedAt()))
                    .toList(), view.foundAgain().stream()
                    .map(f -> new CaseView.FoundCopy(f.platform(), f.actionTaken(), f.foundAt())).toList());
        });
    }

    @POST
    @Path("/{caseRef}/withdrawal")
    @Operation(summary = "Withdraw a case", description = "Stops every pending removal request and erases the "
            + "reporter's personal data at once. Repeating it changes nothing.")
    @APIResponse(responseCode = "202", description = "Withdrawn: requests stop, personal data erased.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WithdrawalReceipt.class),
                    examples = @ExampleObject(name = "202", value = ProblemExamples.WITHDRAWN)))
    @APIResponse(responseCode = "404", description = "No case with this reference, or a wrong access code (indistinguishable).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "404", value = ProblemExamples.NOT_FOUND)))
    @APIResponse(responseCode = "429", description = "Too many wrong access codes for this case: locked for 15 minutes.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait.", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "429", value = ProblemExamples.LOCKED)))
    public Uni<Response> withdraw(
            @Parameter(description = "Case reference.", example = "TD-7KQ2-94XM") @PathParam("caseRef") String caseRef,
            @Parameter(in = ParameterIn.HEADER, name = "X-Access-Code", required = true, description = "The access code.",
                    example = "K7QM-2XPD-9RWH-4TNE-6VBA-3YLC-ZF")
            @HeaderParam("X-Access-Code") String accessCode) {
        return withdrawal.withdraw(caseRef, accessCode)
                .invoke(outbox::flushSoon)
                .map(c -> Response.accepted(new WithdrawalReceipt(c.caseRef, c.status, c.withdrawnAt)).build());
    }

    /** SHA-256 of the body as parsed, so formatting differences do not count as a different body. */
    private byte[] bodyHash(ReportBody body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("body cannot be hashed", e);
        }
    }
}
