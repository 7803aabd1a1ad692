package org.ncii.takedown.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;
import org.ncii.events.AcknowledgementReceived;
import org.ncii.events.DeliveryOutcome;
import org.ncii.events.DeliveryResult;
import org.ncii.events.RequestStatus;
import org.ncii.takedown.Actor;
import org.ncii.takedown.CaseFile;
import org.ncii.takedown.RemovalRequest;
import org.ncii.takedown.RequestLifecycle.Trigger;
import org.ncii.takedown.messaging.ProcessedEvent;
import org.ncii.takedown.messaging.TakedownEvents;
import org.ncii.takedown.repository.CaseFiles;

/**
 * Applies what the notifier reports back: delivery results (a delivery starts the deadline clock; a notice that
 * needs filing by hand, was dead-lettered or whose endpoint is gone is flagged for staff) and partner
 * acknowledgements, each once and only where the request's state allows it.
 */
@ApplicationScoped
public class NoticeFeedback {
    private static final Logger LOG = Logger.getLogger(NoticeFeedback.class);
    private static final String NOTIFIER = "notifier-service";

    private final CaseFiles files;
    private final TakedownEvents events;
    private final Clock clock;

    public NoticeFeedback(CaseFiles files, TakedownEvents events, Clock clock) {
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public Uni<Void> delivery(String eventId, DeliveryResult result) {
        return once(eventId, "delivery.result", null, result.noticeId(), (file, request, now) -> {
            boolean primary = isNoticeItself(result.messageType());
            String what = (primary ? "notice" : result.messageType()) + " via " + result.channel() + " after "
                    + result.attempts() + " attempt(s)" + (result.detail() == null ? "" : ": " + result.detail());
            request.channel = result.channel() == null ? request.channel : result.channel().name();
            if (result.outcome() != DeliveryOutcome.DELIVERED) {
                request.attention = primary ? result.outcome().name() : request.attention;
                file.record(request.id, now, result.outcome().name(), Actor.SYSTEM, NOTIFIER, what);
                return false;
            }
            if (!primary) {
                file.record(request.id, now, "DELIVERED", Actor.SYSTEM, NOTIFIER, what);
                return false;
            }
            Instant at = result.at() == null ? now : result.at();
            if (!file.apply(request, Trigger.DELIVERED, now, Actor.SYSTEM, NOTIFIER, what)) {
                return false;
            }
            request.attention = null;
            return startClock(request, at);
        });
    }

    public Uni<Void> acknowledgement(String eventId, AcknowledgementReceived ack) {
        return once(eventId, "acknowledgement.received", ack.acknowledgementId(), ack.noticeId(), (file, request, now) -> {
            Trigger trigger = switch (ack.status()) {
                case RECEIVED -> Trigger.PARTNER_RECEIVED;
                case REMOVED -> Trigger.PARTNER_REMOVED;
                case REJECTED -> Trigger.PARTNER_REJECTED;
                case NEEDS_INFO -> Trigger.PARTNER_NEEDS_INFO;
            };
            String why = ack.status() + (ack.reason() == null ? "" : ": " + ack.reason())
                    + (ack.reference() == null ? "" : " (reference " + ack.reference() + ")");
            RequestStatus before = request.status;
            if (!file.apply(request, trigger, now, Actor.PARTNER, ack.partnerId(), why)) {
                return false;
            }
            if (ack.reference() != null) {
                request.platformReference = ack.reference();
            }
            Instant at = ack.actionedAt() != null ? ack.actionedAt() : ack.receivedAt() != null ? ack.receivedAt() : now;
            if (trigger == Trigger.PARTNER_REMOVED && request.removedAt == null) {
                request.removedAt = at;
            }
            if (trigger == Trigger.PARTNER_RECEIVED) {
                // An acknowledged notice was delivered even if no delivery result said so (a pulled notice).
                startClock(request, ack.receivedAt() != null ? ack.receivedAt() : at);
            }
            return before != request.status;
        });
    }

    /** Something that changes one request, told whether the case's status must be published. */
    @FunctionalInterface
    private interface Change {
        boolean apply(CaseFile file, RemovalRequest request, Instant now);
    }

    private Uni<Void> once(String eventId, String type, String secondaryId, String noticeId, Change change) {
        Optional<UUID> requestId = parse(noticeId);
        return Panache.withTransaction(() -> {
            Instant now = clock.instant();
            Uni<Boolean> first = ProcessedEvent.firstTime(eventId, type, now);
            if (secondaryId != null) {
                first = first.chain(f -> !f ? Uni.createFrom().item(false)
                        : ProcessedEvent.firstTime("ack:" + secondaryId, type, now));
            }
            return first.chain(isFirst -> !isFirst || requestId.isEmpty() ? Uni.createFrom().voidItem()
                    : files.lockByRequest(requestId.get()).chain(found -> {
                        if (found.isEmpty()) {
                            LOG.warnf("%s for unknown notice %s ignored", type, noticeId);
                            return Uni.createFrom().voidItem();
                        }
                        CaseFile file = found.get();
                        RemovalRequest request = file.request(requestId.get()).orElseThrow();
                        boolean publish = change.apply(file, request, now);
                        Uni<Void> saved = files.save(file);
                        return publish ? saved.chain(() -> events.caseStatus(file, now)) : saved;
                    }));
        }).invoke(events::flushSoon);
    }

    /** Starts the deadline clock at delivery unless it already runs; returns whether it started. */
    private static boolean startClock(RemovalRequest request, Instant deliveredAt) {
        if (request.dueAt != null) {
            return false;
        }
        request.deliveredAt = deliveredAt;
        request.dueAt = deliveredAt.plus(request.deadline());
        return true;
    }

    /** A reminder's or a withdrawal's delivery does not deliver the notice itself. */
    private static boolean isNoticeItself(String messageType) {
        return messageType == null || !(messageType.endsWith("reminder") || messageType.endsWith("withdrawn"));
    }

    private static Optional<UUID> parse(String noticeId) {
        try {
            return Optional.of(UUID.fromString(noticeId));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
