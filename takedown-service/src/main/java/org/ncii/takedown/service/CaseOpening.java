package org.ncii.takedown.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;
import org.ncii.events.NoticeItem;
import org.ncii.events.NoticeRequested;
import org.ncii.events.ReportSubmitted;
import org.ncii.events.RequestStatus;
import org.ncii.takedown.Actor;
import org.ncii.takedown.CaseFile;
import org.ncii.takedown.RemovalRequest;
import org.ncii.takedown.RequestItem;
import org.ncii.takedown.TakedownCase;
import org.ncii.takedown.config.DeadlineConfig;
import org.ncii.takedown.hashbank.HashBank;
import org.ncii.takedown.hashbank.PriorMatch;
import org.ncii.takedown.hashbank.PriorReports;
import org.ncii.takedown.messaging.ProcessedEvent;
import org.ncii.takedown.messaging.TakedownEvents;
import org.ncii.takedown.notice.ComposedNotice;
import org.ncii.takedown.notice.LegalBasis;
import org.ncii.takedown.notice.NoticeComposer;
import org.ncii.takedown.repository.CaseFiles;

/**
 * Turns a submitted report into its removal requests, once: one request per composed notice, each published as
 * {@code notice.requested} with the case's status, all in one transaction. A report whose withdrawal arrived
 * first sends nothing.
 */
@ApplicationScoped
public class CaseOpening {
    private static final Logger LOG = Logger.getLogger(CaseOpening.class);
    private static final String TYPE = "report.submitted";

    private final NoticeComposer composer;
    private final CaseFiles files;
    private final TakedownEvents events;
    private final Clock clock;
    private final DeadlineConfig deadlines;
    private final NoticeSeal seal;
    private final HashBank hashBank;

    public CaseOpening(NoticeComposer composer, CaseFiles files, TakedownEvents events, Clock clock,
                       DeadlineConfig deadlines, NoticeSeal seal, HashBank hashBank) {
        this.hashBank = hashBank;
        this.composer = composer;
        this.files = files;
        this.events = events;
        this.clock = clock;
        this.deadlines = deadlines;
        this.seal = seal;
    }

    /** Completes once the requests are committed (or the event was a repeat). */
    public Uni<Void> submitted(String eventId, ReportSubmitted report) {
        // Composing may ask RDAP servers: do it outside the transaction, and not at all for a repeat.
        return Panache.withSession(() -> ProcessedEvent.findById(eventId)
                        .chain(seen -> TakedownCase.<TakedownCase>findById(report.caseRef())
                                .map(known -> seen != null || (known != null && (known.submitted || known.withdrawn())))))
                .chain(skipCompose -> skipCompose ? Uni.createFrom().item(List.<ComposedNotice>of()) : composer.compose(report))
                .chain(notices -> Panache.withTransaction(() -> open(eventId, report, notices)))
                .invoke(events::flushSoon)
                .replaceWithVoid();
    }

    private Uni<Void> open(String eventId, ReportSubmitted report, List<ComposedNotice> notices) {
        Instant now = clock.instant();
        return ProcessedEvent.firstTime(eventId, TYPE, now).chain(first -> !first ? Uni.createFrom().voidItem()
                : files.lock(report.caseRef()).chain(existing -> {
                    if (existing.isPresent() && existing.get().theCase().submitted) {
                        LOG.infof("case %s was already opened; repeated submission ignored", report.caseRef());
                        return Uni.createFrom().voidItem();
                    }
                    if (existing.isPresent()) {
                        return lateSubmission(existing.get(), report, now);
                    }
                    return openNew(report, notices, now);
                }));
    }

    private Uni<Void> lateSubmission(CaseFile file, ReportSubmitted report, Instant now) {
        describe(file.theCase(), report);
        file.record(null, now, "SUBMISSION_AFTER_WITHDRAWAL", Actor.SYSTEM, TakedownEvents.SERVICE,
                "the report arrived after its withdrawal: no request is sent");
        return files.save(file).chain(() -> events.caseStatus(file, now));
    }

    private Uni<Void> openNew(ReportSubmitted report, List<ComposedNotice> composed, Instant now) {
        return hashBank.bankAndMatch(report.caseRef(), report.items(), now)
                .chain(prior -> openNew(report, PriorReports.mention(composed, prior), prior, now));
    }

    private Uni<Void> openNew(ReportSubmitted report, List<ComposedNotice> notices, List<PriorMatch> prior, Instant now) {
        TakedownCase theCase = new TakedownCase();
        theCase.caseRef = report.caseRef();
        theCase.createdAt = now;
        theCase.updatedAt = now;
        theCase.status = CaseFile.OPEN;
        describe(theCase, report);
        CaseFile file = new CaseFile(theCase, List.of(), List.of());
        file.record(null, now, "CASE_OPENED", Actor.SYSTEM, TakedownEvents.SERVICE,
                notices.size() + " removal request(s)" + (report.minor() ? "; child-protection route" : ""));
        prior.forEach(m -> file.record(null, now, "MATCHES_CASE", Actor.SYSTEM, TakedownEvents.SERVICE, m.describe()));
        List<NoticeRequested> toSend = new ArrayList<>();
        notices.stream()
                .sorted(Comparator.comparing((ComposedNotice n) -> !n.childProtection()).thenComparing(ComposedNotice::platform))
                .forEach(notice -> toSend.add(addRequest(file, report, notice, !prior.isEmpty(), now)));
        Uni<Void> chain = files.save(file);
        for (NoticeRequested notice : toSend) {
            chain = chain.chain(() -> events.noticeRequested(notice, now));
        }
        LOG.infof("case %s opened with %d removal request(s)", report.caseRef(), toSend.size());
        return chain.chain(() -> events.caseStatus(file, now));
    }

    private NoticeRequested addRequest(CaseFile file, ReportSubmitted report, ComposedNotice notice, boolean reportedBefore,
                                       Instant now) {
        Duration deadline = deadlines.override().orElse(notice.responseDeadline());
        RemovalRequest request = new RemovalRequest();
        request.id = UUID.randomUUID();
        request.caseRef = report.caseRef();
        request.platform = notice.platform();
        request.legalBases = String.join(",", notice.legalBases().stream().map(LegalBasis::name).toList());
        request.deadlineSeconds = deadline.toSeconds();
        request.status = RequestStatus.PENDING;
        request.childProtection = notice.childProtection();
        request.priority = file.theCase().priority;
        Optional.ofNullable(notice.route()).ifPresent(route -> {
            request.routeEmail = route.email();
            request.routeWebForm = route.webFormUrl();
            request.routeNote = route.note();
        });
        request.subject = notice.subject();
        request.victimIdentityShared = notice.requester() != null && notice.requester().victimIdentityShared();
        request.createdAt = now;
        request.updatedAt = now;
        NoticeRequested event = new NoticeRequested(request.id.toString(), report.caseRef(), notice.platform(),
                notice.legalBases().stream().map(LegalBasis::name).toList(), hoursRoundedUp(deadline),
                notice.childProtection(), notice.items(), report.declarations(), notice.requester(), notice.route(),
                notice.subject(), notice.letter(), now, reportedBefore);
        request.letter = seal.seal(request.id, "letter", notice.letter());
        request.notice = seal.seal(request.id, "notice", events.json(event));
        List<RequestItem> items = new ArrayList<>();
        for (NoticeItem item : notice.items()) {
            RequestItem row = new RequestItem();
            row.requestId = request.id;
            row.itemId = item.itemId();
            row.url = item.url();
            row.platformContentId = item.platformContentId();
            row.hashes = events.json(item.hashes());
            items.add(row);
        }
        file.addRequest(request, items);
        file.record(request.id, now, "REQUESTED", Actor.SYSTEM, TakedownEvents.SERVICE,
                "notice to " + notice.platform() + " under " + request.legalBases + " with " + items.size() + " item(s)");
        return event;
    }

    private static void describe(TakedownCase theCase, ReportSubmitted report) {
        theCase.submitted = true;
        theCase.country = report.countryOfResidence();
        theCase.minor = report.minor();
        theCase.reporterRole = report.reporterRole() == null ? null : report.reporterRole().name();
        theCase.priority = report.minor() ? TakedownCase.PRIORITY_MINOR : 0;
    }

    static int hoursRoundedUp(Duration deadline) {
        long seconds = Math.max(1, deadline.toSeconds());
        return (int) Math.min(Integer.MAX_VALUE, (seconds + 3599) / 3600);
    }
}
