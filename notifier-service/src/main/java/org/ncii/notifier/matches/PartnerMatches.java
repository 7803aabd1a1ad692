package org.ncii.notifier.matches;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.ncii.events.EventType;
import org.ncii.events.PartnerMatchReported;
import org.ncii.http.ProblemException;
import org.ncii.notifier.delivery.Notice;
import org.ncii.notifier.delivery.NoticeStatus;
import org.ncii.outbox.Outbox;

/**
 * Takes a partner's "found it again" report to the case. A partner may only name a hash that one of ITS notices
 * carried: any other hash is a 404, whether or not another case holds it, so the API tells a partner nothing it was
 * not already told (and cannot be used to probe the bank). The newest such notice names the case.
 */
@ApplicationScoped
public class PartnerMatches {
    static final String SERVICE = "notifier-service";

    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public PartnerMatches(Outbox outbox, ObjectMapper mapper, Clock clock) {
        this.outbox = outbox;
        this.mapper = mapper;
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
                        : Notice.<Notice>list("partnerId = ?1 and status <> ?2 order by createdAt desc", partnerId,
                                        NoticeStatus.WITHDRAWN)
                                .chain(notices -> record(partnerId, hash, report, foundAt, carrying(notices, hash)))))
                .invoke(recorded -> {
                    if (!recorded.repeated()) {
                        outbox.flushSoon();
                    }
                });
    }

    private Uni<Recorded> record(String partnerId, String hash, MatchReport report, Instant foundAt,
                                 Optional<Notice> carrying) {
        Notice notice = carrying.orElseThrow(() -> ProblemException.notFound("no notice sent to you carried this hash"));
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

    /** The newest of the partner's live (not withdrawn) notices whose webhook body listed the hash. */
    private Optional<Notice> carrying(List<Notice> notices, String hash) {
        for (Notice notice : notices) {
            if (notice.payload != null && lists(notice.payload, hash)) {
                return Optional.of(notice);
            }
        }
        return Optional.empty();
    }

    private boolean lists(String payload, String hash) {
        try {
            JsonNode items = mapper.readTree(payload).path("data").path("items");
            for (JsonNode item : items) {
                for (JsonNode h : item.path("hashes")) {
                    if (hash.equalsIgnoreCase(h.path("value").asText())) {
                        return true;
                    }
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
