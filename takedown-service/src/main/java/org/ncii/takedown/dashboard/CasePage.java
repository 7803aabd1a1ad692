package org.ncii.takedown.dashboard;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import org.ncii.http.ProblemException;
import org.ncii.takedown.StaffAction;
import org.ncii.takedown.hashbank.HashBankStaff;
import org.ncii.takedown.registry.PlatformRegistry;
import org.ncii.takedown.rest.StaffViews;
import org.ncii.takedown.service.CaseReading;
import org.ncii.takedown.service.StaffActions;

/**
 * One case: its requests by platform with the notice as sent, the timeline, and the staff actions as buttons. The
 * actions go through the same {@link StaffActions} as the staff API; a refused one is explained on the page. Cases
 * whose content matched this one's by hash are listed near the top, so a caseworker sees the link on both cases.
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class CasePage {
    private final CaseReading reading;
    private final StaffActions actions;
    private final StaffViews views;
    private final PlatformRegistry registry;
    private final HashBankStaff bank;
    private final DashboardConfig config;
    private final Pages pages;
    private final Template page;
    private final Clock clock;

    public CasePage(CaseReading reading, StaffActions actions, StaffViews views, PlatformRegistry registry,
                    HashBankStaff bank, DashboardConfig config, Pages pages,
                    @Location("dashboard/case.html") Template page, Clock clock) {
        this.reading = reading;
        this.actions = actions;
        this.views = views;
        this.registry = registry;
        this.bank = bank;
        this.config = config;
        this.pages = pages;
        this.page = page;
        this.clock = clock;
    }

    @GET
    @Path("/cases/{caseRef}")
    public Uni<Response> show(@PathParam("caseRef") String caseRef, @QueryParam("done") String done) {
        String message = done == null ? null : messageFor(done);
        return render(caseRef, 200, message, null).onFailure().recoverWithItem(pages::problem);
    }

    @POST
    @Path("/requests/{id}/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> act(@PathParam("id") String id, @FormParam("action") String action, @FormParam("note") String note,
                             @FormParam("reference") String reference) {
        UUID requestId;
        StaffAction staffAction;
        try {
            requestId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().item(pages.problem(ProblemException.notFound("There is no such removal request.")));
        }
        try {
            staffAction = StaffAction.valueOf(action == null ? "" : action.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return refused(requestId, 400, "Choose one of the actions on the page.");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 2000) {
            return refused(requestId, 400, "The note can have at most 2,000 characters.");
        }
        String cleanReference = reference == null || reference.isBlank() ? null : reference.strip();
        if (cleanReference != null && cleanReference.length() > 255) {
            return refused(requestId, 400, "The platform's reference can have at most 255 characters.");
        }
        return actions.act(requestId, staffAction, cleanNote, cleanReference, pages.staff())
                .map(request -> Response.seeOther(UriBuilder.fromPath("/dashboard/cases/{ref}")
                        .queryParam("done", staffAction.name()).fragment("request-" + request.id)
                        .build(request.caseRef)).build())
                .onFailure(ProblemException.class).recoverWithUni(failure -> {
                    ProblemException p = (ProblemException) failure;
                    if (p.problem().status() == 404) {
                        return Uni.createFrom().item(pages.problem(p));
                    }
                    String why = p.problem().violations() != null && !p.problem().violations().isEmpty()
                            ? "To mark it submitted, enter the reference the platform gave you."
                            : "That was not done: " + p.problem().detail() + ". Nothing was changed.";
                    return refused(requestId, p.problem().status(), why);
                });
    }

    private Uni<Response> refused(UUID requestId, int status, String why) {
        return reading.request(requestId).chain(found -> found.isEmpty()
                ? Uni.createFrom().item(pages.problem(ProblemException.notFound("There is no such removal request.")))
                : render(found.get().request().caseRef, status, null, why));
    }

    private Uni<Response> render(String caseRef, int status, String message, String refusal) {
        return reading.caseRecord(caseRef).chain(found -> {
            var record = found.orElseThrow(() -> ProblemException.notFound("There is no case " + caseRef + "."));
            return bank.ofCase(caseRef).map(hashes -> {
                StaffViews.Case c = views.caseView(record);
                CaseView view = CaseView.of(c, id -> views.notice(record.file().request(id).orElseThrow()),
                        platform -> registry.byId(platform).orElse(null), clock.instant());
                return pages.status(status, pages.page(page, "Case " + c.caseRef(), "queue")
                        .data("view", view).data("linked", LinkedCases.of(hashes, config.commonHashMatches()))
                        .data("message", message).data("refusal", refusal));
            });
        });
    }

    private static String messageFor(String done) {
        try {
            return StatusWords.action(StaffAction.valueOf(done)) + ": done, and recorded on the timeline.";
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
