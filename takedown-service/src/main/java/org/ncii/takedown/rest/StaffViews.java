package org.ncii.takedown.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ncii.events.ContentHash;
import org.ncii.events.RequestStatus;
import org.ncii.takedown.Actor;
import org.ncii.takedown.CaseFile;
import org.ncii.takedown.RemovalRequest;
import org.ncii.takedown.RequestItem;
import org.ncii.takedown.TimelineEntry;
import org.ncii.takedown.messaging.TakedownEvents;
import org.ncii.takedown.notice.LegalBasis;
import org.ncii.takedown.service.CaseReading;
import org.ncii.takedown.service.NoticeSeal;

/** The staff API's bodies, built from the stored case. */
@ApplicationScoped
public class StaffViews {
    public record Item(String itemId, String url, String platformContentId, List<ContentHash> hashes) {
    }

    public record Request(UUID id, String caseRef, String platform, RequestStatus status, List<String> legalBases,
                          String responseDeadline, boolean childProtection, String channel, String attention,
                          String platformReference, Instant deliveredAt, Instant dueAt, Instant overdueAt,
                          Instant remindedAt, Instant escalatedAt, Instant removedAt, Instant createdAt,
                          Instant updatedAt, List<Item> items) {
    }

    public record Timeline(Instant at, UUID requestId, String what, RequestStatus fromStatus, RequestStatus toStatus,
                           Actor actor, String actorName, String why) {
    }

    public record Case(String caseRef, String status, boolean minor, String country, String reporterRole,
                       Instant createdAt, Instant updatedAt, Instant withdrawnAt, long statusVersion,
                       List<Request> requests, List<Timeline> timeline) {
    }

    public record Basis(String basis, String title, int defaultDeadlineHours, String regulatorRoute) {
    }

    public record Route(String email, String webFormUrl, String note) {
    }

    /** The notice as generated: the structured payload sent to the notifier and the letter rendered from it. */
    public record Notice(UUID id, String caseRef, String platform, RequestStatus status, List<Basis> legalBases,
                         Route route, String subject, Instant dueAt, JsonNode structured, String letter, boolean erased) {
    }

    private final TakedownEvents events;
    private final ObjectMapper mapper;
    private final NoticeSeal seal;

    public StaffViews(TakedownEvents events, ObjectMapper mapper, NoticeSeal seal) {
        this.events = events;
        this.mapper = mapper;
        this.seal = seal;
    }

    public Case caseView(CaseReading.CaseRecord record) {
        CaseFile file = record.file();
        var c = file.theCase();
        return new Case(c.caseRef, c.status, c.minor, c.country, c.reporterRole, c.createdAt, c.updatedAt, c.withdrawnAt,
                c.statusVersion, file.requests().stream().map(r -> request(r, file.items(r.id))).toList(),
                record.timeline().stream().map(StaffViews::timeline).toList());
    }

    public Request request(RemovalRequest r, List<RequestItem> items) {
        return new Request(r.id, r.caseRef, r.platform, r.status, r.bases().stream().map(LegalBasis::name).toList(),
                r.deadline().toString(), r.childProtection, r.channel, r.attention, r.platformReference, r.deliveredAt,
                r.dueAt, r.overdueAt, r.remindedAt, r.escalatedAt, r.removedAt, r.createdAt, r.updatedAt,
                items.stream().map(i -> new Item(i.itemId, i.url, i.platformContentId, events.hashes(i.hashes))).toList());
    }

    public Notice notice(RemovalRequest r) {
        JsonNode structured = null;
        if (r.notice != null) {
            try {
                structured = mapper.readTree(seal.open(r.id, "notice", r.notice));
            } catch (Exception e) {
                throw new IllegalStateException("stored notice is not readable", e);
            }
        }
        return new Notice(r.id, r.caseRef, r.platform, r.status,
                r.bases().stream().map(b -> new Basis(b.name(), b.title(), b.defaultDeadlineHours(), b.regulatorRoute())).toList(),
                new Route(r.routeEmail, r.routeWebForm, r.routeNote), r.subject, r.dueAt, structured,
                seal.open(r.id, "letter", r.letter),
                r.notice == null);
    }

    static Timeline timeline(TimelineEntry e) {
        return new Timeline(e.at, e.requestId, e.what, e.fromStatus, e.toStatus, e.actor, e.actorName, e.why);
    }
}
