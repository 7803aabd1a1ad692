package org.ncii.notifier.partner.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.ncii.events.AcknowledgementReceived;
import org.ncii.events.AcknowledgementStatus;
import org.ncii.events.EventType;
import org.ncii.http.ProblemException;
import org.ncii.notifier.delivery.Notice;
import org.ncii.notifier.delivery.NoticeStatus;
import org.ncii.notifier.partner.Acknowledgement;
import org.ncii.notifier.partner.AcknowledgementRequest;
import org.ncii.outbox.Outbox;

/**
 * Takes a partner's acknowledgement of one of its notices and publishes it to takedown, in one transaction with
 * the outbox row. Repeating the same acknowledgement changes nothing; a status may only move forward.
 */
@ApplicationScoped
public class AcknowledgementService {
    static final String SERVICE = "notifier-service";
    /** Clock skew tolerated on a partner's {@code actionedAt}. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final Outbox outbox;
    private final Clock clock;

    public AcknowledgementService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The acknowledgement on record, and whether this request only repeated it. */
    public record Acknowledged(String acknowledgementId, AcknowledgementStatus status, boolean repeated) {
    }

    public Uni<Acknowledged> acknowledge(String partnerId, String noticeId, AcknowledgementRequest request) {
        return Uni.createFrom().deferred(() -> {
            checkBody(request);
            return Panache.withTransaction(() -> ownNotice(partnerId, noticeId)
                    .chain(notice -> Acknowledgement.<Acknowledgement>list("noticeId", noticeId)
                            .chain(earlier -> record(notice, partnerId, request, earlier))));
        }).invoke(acknowledged -> {
            if (!acknowledged.repeated()) {
                outbox.flushSoon();
            }
        });
    }

    /** The notice, locked against a concurrent acknowledgement; 404 unless it is this partner's and live. */
    private Uni<Notice> ownNotice(String partnerId, String noticeId) {
        return Notice.<Notice>findById(noticeId, LockModeType.PESSIMISTIC_WRITE).map(notice -> {
            if (notice == null || !partnerId.equals(notice.partnerId) || notice.status == NoticeStatus.WITHDRAWN) {
                throw ProblemException.notFound("no notice with this id");
            }
            return notice;
        });
    }

    private Uni<Acknowledged> record(Notice notice, String partnerId, AcknowledgementRequest request,
                                     List<Acknowledgement> earlier) {
        Optional<Acknowledgement> same = earlier.stream().filter(a -> a.status == request.status()).findFirst();
        if (same.isPresent()) {
            if (sameBody(same.get(), request)) {
                return Uni.createFrom().item(new Acknowledged(same.get().acknowledgementId, request.status(), true));
            }
            throw ProblemException.conflict("the notice was already acknowledged as " + request.status() + " with other details");
        }
        int rank = Acknowledgement.rankOf(request.status());
        Optional<Acknowledgement> later = earlier.stream().filter(a -> a.rank >= rank).findFirst();
        if (later.isPresent()) {
            throw ProblemException.conflict("the notice is already " + later.get().status + "; it cannot go back to " + request.status());
        }
        Instant now = clock.instant();
        Acknowledgement ack = new Acknowledgement();
        ack.acknowledgementId = "ack_" + UUID.randomUUID().toString().replace("-", "");
        ack.noticeId = notice.noticeId;
        ack.partnerId = partnerId;
        ack.status = request.status();
        ack.rank = rank;
        ack.reason = blankToNull(request.reason());
        ack.reference = blankToNull(request.reference());
        ack.actionedAt = micros(request.actionedAt());
        ack.receivedAt = now;
        AcknowledgementReceived event = new AcknowledgementReceived(ack.acknowledgementId, notice.noticeId, notice.caseRef,
                notice.platform, partnerId, ack.status, ack.reason, ack.reference,
                ack.actionedAt != null ? ack.actionedAt : now, now);
        return ack.persist()
                .chain(() -> outbox.add(EventType.ACKNOWLEDGEMENT_RECEIVED, SERVICE, notice.noticeId, now, event))
                .replaceWith(new Acknowledged(ack.acknowledgementId, ack.status, false));
    }

    private void checkBody(AcknowledgementRequest request) {
        boolean needsReason = request.status() == AcknowledgementStatus.REJECTED
                || request.status() == AcknowledgementStatus.NEEDS_INFO;
        if (needsReason && blankToNull(request.reason()) == null) {
            throw ProblemException.invalid("reason", request.status() == AcknowledgementStatus.REJECTED
                    ? "is required to reject a notice" : "must say what information is needed");
        }
        if (request.actionedAt() != null && request.actionedAt().isAfter(clock.instant().plus(SKEW))) {
            throw ProblemException.invalid("actionedAt", "must not be in the future");
        }
    }

    private static boolean sameBody(Acknowledgement stored, AcknowledgementRequest request) {
        return Objects.equals(stored.reason, blankToNull(request.reason()))
                && Objects.equals(stored.reference, blankToNull(request.reference()))
                && Objects.equals(micros(stored.actionedAt), micros(request.actionedAt()));
    }

    /** The database keeps microseconds: compare and store at that precision. */
    private static Instant micros(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
