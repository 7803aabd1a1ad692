package org.ncii.takedown.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.ncii.events.NoticeRequested;
import org.ncii.events.RequestStatus;
import org.ncii.http.ProblemException;
import org.ncii.takedown.Actor;
import org.ncii.takedown.CaseFile;
import org.ncii.takedown.RemovalRequest;
import org.ncii.takedown.RequestLifecycle;
import org.ncii.takedown.StaffAction;
import org.ncii.takedown.messaging.TakedownEvents;
import org.ncii.takedown.repository.CaseFiles;

/**
 * A caseworker's action on one request. Allowed actions change the request and publish the case's status; a
 * refused one is recorded on the timeline (committed) and then answered 409.
 */
@ApplicationScoped
public class StaffActions {
    private final CaseFiles files;
    private final TakedownEvents events;
    private final Clock clock;
    private final NoticeSeal seal;

    public StaffActions(CaseFiles files, TakedownEvents events, Clock clock, NoticeSeal seal) {
        this.files = files;
        this.events = events;
        this.clock = clock;
        this.seal = seal;
    }

    /** What became of an action: the request afterwards, or why it was refused. */
    public record Outcome(RemovalRequest request, String refusal) {
    }

    public Uni<RemovalRequest> act(UUID requestId, StaffAction action, String note, String reference, String staff) {
        if (action == StaffAction.MARK_SUBMITTED && (reference == null || reference.isBlank())) {
            return Uni.createFrom().failure(ProblemException.invalid("reference",
                    "is required for MARK_SUBMITTED: the reference the platform gave"));
        }
        return Panache.withTransaction(() -> files.lockByRequest(requestId).chain(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom().failure(ProblemException.notFound("no removal request " + requestId));
                    }
                    CaseFile file = found.get();
                    RemovalRequest request = file.request(requestId).orElseThrow();
                    return apply(file, request, action, note, reference, staff, clock.instant());
                }))
                .invoke(events::flushSoon)
                .chain(outcome -> outcome.refusal() == null ? Uni.createFrom().item(outcome.request())
                        : Uni.createFrom().failure(ProblemException.conflict(outcome.refusal())));
    }

    private Uni<Outcome> apply(CaseFile file, RemovalRequest request, StaffAction action, String note, String reference,
                               String staff, Instant now) {
        RequestStatus before = request.status;
        if (action == StaffAction.RESEND && request.notice == null
                && RequestLifecycle.next(before, action.trigger()).isPresent()) {
            file.record(request.id, now, "REFUSED", Actor.STAFF, staff, "RESEND: the notice was erased on withdrawal");
            return files.save(file).replaceWith(new Outcome(request, "the notice was erased and cannot be sent again"));
        }
        boolean applied = action == StaffAction.ESCALATE
                ? DeadlineWatch.escalate(file, request, now, Actor.STAFF, staff, note)
                : file.apply(request, action.trigger(), now, Actor.STAFF, staff, describe(action, note, reference));
        if (!applied) {
            return files.save(file).replaceWith(new Outcome(request,
                    action + " is not allowed while the request is " + before));
        }
        Uni<Void> effects = Uni.createFrom().voidItem();
        switch (action) {
            case RESEND -> {
                if (request.status == RequestStatus.PENDING) {
                    // Waiting for delivery again: the clock restarts when it arrives.
                    request.dueAt = null;
                    request.deliveredAt = null;
                }
                NoticeRequested stored = events.read(seal.open(request.id, "notice", request.notice), NoticeRequested.class);
                NoticeRequested again = new NoticeRequested(stored.noticeId(), stored.caseRef(), stored.platform(),
                        stored.legalBases(), stored.responseDeadlineHours(), stored.childProtection(), stored.items(),
                        stored.declarations(), stored.requester(), stored.route(), stored.subject(), stored.letter(), now, stored.reportedBefore());
                effects = events.noticeRequested(again, now);
            }
            case MARK_SUBMITTED -> {
                request.platformReference = reference;
                request.channel = "MANUAL";
                request.attention = null;
                request.deliveredAt = now;
                request.dueAt = now.plus(request.deadline());
            }
            case MARK_REMOVED -> request.removedAt = now;
            case ESCALATE, CLOSE -> {
            }
        }
        boolean statusVisible = before != request.status || action == StaffAction.MARK_SUBMITTED || action == StaffAction.RESEND;
        Uni<Void> done = effects.chain(() -> files.save(file));
        if (statusVisible) {
            done = done.chain(() -> events.caseStatus(file, now));
        }
        return done.replaceWith(new Outcome(request, null));
    }

    private static String describe(StaffAction action, String note, String reference) {
        String text = note == null ? "" : note;
        if (action == StaffAction.MARK_SUBMITTED) {
            text = "filed by hand, platform reference " + reference + (text.isEmpty() ? "" : "; " + text);
        }
        return text.isEmpty() ? null : text;
    }
}
