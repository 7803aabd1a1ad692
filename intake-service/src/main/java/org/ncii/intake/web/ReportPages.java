package org.ncii.intake.web;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
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
import io.vertx.core.http.HttpServerRequest;
import org.ncii.http.Problem;
import org.ncii.http.ProblemException;
import org.ncii.intake.rest.ReportResource;
import org.ncii.intake.rest.SubmissionReceipt;
import org.ncii.intake.service.SubmissionRateLimit;

/**
 * The victim's way in without any tool: the start page and the report form. A form becomes the JSON API's body and
 * goes through the API's own submission (same validation, same per-client limit, same idempotency), so a report
 * made here is indistinguishable from one sent as JSON.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {
    private static final String KEY_SHAPE = "[\\x21-\\x7e]{1,255}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home();

        static native TemplateInstance report(ReportForm form, List<UrlField> urls, boolean focusSummary, FormErrors errors,
                                              String problem, List<Countries.Country> countries);

        static native TemplateInstance receipt(String caseRef, String accessCode);

        static native TemplateInstance alreadyReceived(String caseRef);
    }

    private final ReportFormReader reader;
    private final ReportResource reports;
    private final SubmissionRateLimit rateLimit;

    public ReportPages(ReportFormReader reader, ReportResource reports, SubmissionRateLimit rateLimit) {
        this.reader = reader;
        this.reports = reports;
        this.rateLimit = rateLimit;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home();
    }

    @GET
    @Path("report")
    public TemplateInstance form() {
        ReportForm form = ReportForm.blank(newKey());
        return page(form, form.urlFields(false), -1, noErrors(), null);
    }

    @POST
    @Path("report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> submit(@BeanParam ReportForm form, HttpServerRequest request) {
        if (form.submission == null || !form.submission.matches(KEY_SHAPE)) {
            form.submission = newKey();
        }
        if (form.addingUrl()) {
            List<String> urls = form.urlFields(true);
            return html(200, page(form, urls, urls.size() - 1, noErrors(), null));
        }
        ReportFormReader.Reading reading = reader.read(form);
        if (!reading.valid()) {
            return html(400, page(form, form.urlFields(false), -1, reading.errors(), null));
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return rateLimit.admit(client).chain(wait -> {
            if (wait.isPresent()) {
                long minutes = Math.max(1, (wait.get() + 59) / 60);
                return html(429, page(form, form.urlFields(false), -1, noErrors(), "Too many reports have been sent "
                        + "from this connection. Your answers are kept below: wait " + minutes
                        + (minutes == 1 ? " minute" : " minutes") + " and press \"Send report\" again."));
            }
            return reports.submit(form.submission, reading.body())
                    .map(response -> (SubmissionReceipt) response.getEntity())
                    .chain(receipt -> receipt.accessCode() == null
                            ? html(200, Templates.alreadyReceived(receipt.caseRef()))
                            : html(200, Templates.receipt(receipt.caseRef(), receipt.accessCode())))
                    .onFailure(ProblemException.class)
                    .recoverWithUni(failure -> refused(form, ((ProblemException) failure).problem()));
        });
    }

    /** The API refused what the form checks could not see: shown next to the field, or above the form. */
    private Uni<Response> refused(ReportForm form, Problem problem) {
        FormErrors errors = noErrors();
        String notice = null;
        boolean keyReused = problem.violations() != null
                && problem.violations().stream().anyMatch(v -> "Idempotency-Key".equals(v.field()));
        if (keyReused) {
            // The same form was sent before with other answers (for example after going back): a new key lets
            // these answers become a report of their own if the person sends them again.
            form.submission = newKey();
            notice = "You already sent this form once with different answers, and that report was received. "
                    + "To send the answers below as a separate report, press \"Send report\" again.";
        } else if (problem.violations() != null && !problem.violations().isEmpty()) {
            problem.violations().forEach(v -> errors.add(ReportFormReader.field(v.field()), v.message()));
        } else {
            notice = "Your report could not be sent. Your answers are kept below: please try again.";
        }
        return html(problem.status(), page(form, form.urlFields(false), -1, errors, notice));
    }

    private static TemplateInstance page(ReportForm form, List<String> urls, int focusUrl, FormErrors errors, String notice) {
        return Templates.report(form, UrlField.of(urls, errors, focusUrl), focusUrl < 0 && (errors.any() || notice != null),
                errors, notice, Countries.ALL);
    }

    static Uni<Response> html(int status, TemplateInstance page) {
        return page.createUni().map(body -> Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(body).build());
    }

    private static FormErrors noErrors() {
        return new FormErrors(ReportFormReader.FIELDS);
    }

    private static String newKey() {
        return "form-" + UUID.randomUUID();
    }
}
