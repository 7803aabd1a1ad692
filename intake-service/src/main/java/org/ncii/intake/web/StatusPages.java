package org.ncii.intake.web;

import java.time.Clock;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.RestForm;
import org.ncii.http.ProblemException;
import org.ncii.intake.service.CaseStatusReadModel;
import org.ncii.intake.service.Withdrawal;
import org.ncii.outbox.Outbox;

/**
 * Following a case and withdrawing it. The access code travels only in form bodies, never in a URL (it would stay
 * in the history and in server logs), and opens the case through the same guarded access as the API.
 */
@Path("/status")
@Produces(MediaType.TEXT_HTML)
public class StatusPages {
    static final List<String> FIELDS = List.of("caseRef", "accessCode");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lookup(String caseRef, FormErrors errors);

        static native TemplateInstance status(CaseProgress progress, String accessCode);

        static native TemplateInstance confirmWithdrawal(String caseRef, String accessCode);

        static native TemplateInstance withdrawn(String caseRef);
    }

    private final CaseStatusReadModel status;
    private final Withdrawal withdrawal;
    private final Outbox outbox;
    private final Clock clock;

    public StatusPages(CaseStatusReadModel status, Withdrawal withdrawal, Outbox outbox, Clock clock) {
        this.status = status;
        this.withdrawal = withdrawal;
        this.outbox = outbox;
        this.clock = clock;
    }

    @GET
    public TemplateInstance lookup() {
        return Templates.lookup("", errors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> show(@RestForm String caseRef, @RestForm String accessCode) {
        FormErrors missing = missing(caseRef, accessCode);
        if (missing.any()) {
            return ReportPages.html(400, Templates.lookup(orEmpty(caseRef), missing));
        }
        return status.view(caseRef, accessCode)
                .chain(view -> ReportPages.html(200, Templates.status(CaseProgress.of(view, clock), accessCode)))
                .onFailure(ProblemException.class)
                .recoverWithUni(failure -> notOpened(caseRef, (ProblemException) failure));
    }

    /** The confirmation step: says what withdrawing means before anything happens. */
    @POST
    @Path("withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> confirm(@RestForm String caseRef, @RestForm String accessCode) {
        FormErrors missing = missing(caseRef, accessCode);
        if (missing.any()) {
            return ReportPages.html(400, Templates.lookup(orEmpty(caseRef), missing));
        }
        return ReportPages.html(200, Templates.confirmWithdrawal(caseRef.trim(), accessCode));
    }

    @POST
    @Path("withdrawal/confirmed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> withdraw(@RestForm String caseRef, @RestForm String accessCode) {
        FormErrors missing = missing(caseRef, accessCode);
        if (missing.any()) {
            return ReportPages.html(400, Templates.lookup(orEmpty(caseRef), missing));
        }
        return withdrawal.withdraw(caseRef, accessCode)
                .invoke(outbox::flushSoon)
                .chain(c -> ReportPages.html(200, Templates.withdrawn(c.caseRef)))
                .onFailure(ProblemException.class)
                .recoverWithUni(failure -> notOpened(caseRef, (ProblemException) failure));
    }

    private Uni<Response> notOpened(String caseRef, ProblemException failure) {
        int code = failure.problem().status();
        String message = code == 429
                ? "This report is locked for a while after too many wrong access codes. Try again in 15 minutes"
                : "No report matches this case reference and access code. Check both and try again";
        return ReportPages.html(code, Templates.lookup(caseRef.trim(), errors().add("caseRef", message)));
    }

    private static FormErrors missing(String caseRef, String accessCode) {
        FormErrors errors = errors();
        if (caseRef == null || caseRef.isBlank()) {
            errors.add("caseRef", "Enter your case reference, for example TD-7KQ2-94XM");
        }
        if (accessCode == null || accessCode.isBlank()) {
            errors.add("accessCode", "Enter the access code you were given when you sent your report");
        }
        return errors;
    }

    private static FormErrors errors() {
        return new FormErrors(FIELDS);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}
