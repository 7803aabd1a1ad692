package org.ncii.notifier.matches;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.ncii.events.EventType;
import org.ncii.events.PartnerMatchReported;
import org.ncii.http.ProblemException;
import org.ncii.notifier.delivery.Notice;
import org.ncii.outbox.Outbox;

/**
 * Takes a partner's "found it again" report to the case. A partner may only name a hash that one of ITS notices
 * carried: any other hash is a 404, whether or not another case holds it, so the API tells a partner nothing it was
 * not already told (and cannot be used to probe the bank). The newest such notice names the case; the hashes each
 * partner received are looked up in {@link DeliveredHashes}, never by opening the sealed notices.
 */
@ApplicationScoped
public class PartnerMatches {
    static final String SERVICE = "notifier-service";

    private final Outbox outbox;
    private final DeliveredHashes delivered;
    private final Clock clock;

    public PartnerMatches(Outbox outbox, DeliveredHashes delivered, Clock clock) {
        this.outbox = outbox;
        this.delivered = delivered;
        this.clock = clock;
    }

    /** The match on record; a repeat of the same report answers the same match. */
    public record Recorded(String matchId, String noticeId, boolean repeated) {
    }

    public Uni<Recorded> report(String partnerId, MatchReport report) {
        String hash = report.hash().toLowerCase(Locale.ROOT);
        Instant foundAt = report.foundAt().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> PartnerMatch.<PartnerMatch>find(
                        "partnerId = ?1 and hash = ?2 and url = ?3 and foundAt = ?4", partnerId, hash, report.url(), foundAt)
                .firstResult()
                .chain(existing -> existing != null
                        ? Uni.createFrom().item(new Recorded(existing.matchId, existing.noticeId, true))
                        : delivered.holder(partnerId, hash)
                                .chain(holder -> holder.isEmpty() ? Uni.createFrom().<Notice>nullItem()
                                        : Notice.byId(holder.get().noticeId()))
                                .chain(notice -> record(partnerId, hash, report, foundAt, notice))))
                .invoke(recorded -> {
                    if (!recorded.repeated()) {
                        outbox.flushSoon();
                    }
                });
    }

    private Uni<Recorded> record(String partnerId, String hash, MatchReport report, Instant foundAt, Notice notice) {
        if (notice == null) {
            throw ProblemException.notFound("no notice sent to you carried this hash");
        }
        Instant now = clock.instant();
        PartnerMatch match = new PartnerMatch();
        match.matchId = "mch_" + UUID.randomUUID().toString().replace("-", "");
        match.partnerId = partnerId;
        match.noticeId = notice.noticeId;
        match.hash = hash;
        match.url = report.url();
        match.actionTaken = report.actionTaken();
        match.foundAt = foundAt;
        match.receivedAt = now;
        PartnerMatchReported event = new PartnerMatchReported(match.matchId, notice.noticeId, notice.caseRef,
                notice.platform, partnerId, hash, report.url(), report.actionTaken().name(), foundAt, now);
        return match.persist()
                .chain(() -> outbox.add(EventType.PARTNER_MATCH_REPORTED, SERVICE, notice.noticeId, now, event))
                .replaceWith(new Recorded(match.matchId, notice.noticeId, false));
    }
}
