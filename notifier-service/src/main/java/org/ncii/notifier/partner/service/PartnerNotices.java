package org.ncii.notifier.partner.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.ncii.events.AcknowledgementStatus;
import org.ncii.http.ProblemException;
import org.ncii.notifier.delivery.Notice;
import org.ncii.notifier.delivery.NoticeStatus;
import org.ncii.notifier.partner.Acknowledgement;

/**
 * The notices a partner pulls: its own, never withdrawn ones, each with the webhook body it would have received
 * and where it stands from the partner's side ({@code PENDING} until first acknowledged, then its latest status).
 */
@ApplicationScoped
public class PartnerNotices {
    public static final String PENDING = "PENDING";
    private static final Set<String> STATUSES = Set.of(PENDING, "RECEIVED", "NEEDS_INFO", "REMOVED", "REJECTED");
    private static final int MAX_SIZE = 100;

    /** One notice as its partner sees it; {@code payload} is the webhook body, embedded as JSON. */
    public record PartnerNotice(String noticeId, String platform, String status, Instant respondBy, Instant createdAt,
                                @JsonRawValue String payload) {
    }

    public record NoticePage(List<PartnerNotice> items, int page, int size, long total) {
    }

    public Uni<NoticePage> list(String partnerId, String status, int page, int size) {
        if (status != null && !STATUSES.contains(status)) {
            return Uni.createFrom().failure(ProblemException.invalid("status", "must be one of " + String.join(", ", STATUSES.stream().sorted().toList())));
        }
        if (page < 0) {
            return Uni.createFrom().failure(ProblemException.invalid("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            return Uni.createFrom().failure(ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE));
        }
        StringBuilder query = new StringBuilder("from Notice n where n.partnerId = :partner and n.status <> :withdrawn");
        Parameters params = Parameters.with("partner", partnerId).and("withdrawn", NoticeStatus.WITHDRAWN);
        if (PENDING.equals(status)) {
            query.append(" and not exists (select 1 from Acknowledgement a where a.noticeId = n.noticeId)");
        } else if (status != null) {
            AcknowledgementStatus wanted = AcknowledgementStatus.valueOf(status);
            query.append(" and exists (select 1 from Acknowledgement a where a.noticeId = n.noticeId and a.status = :status)")
                    .append(" and not exists (select 1 from Acknowledgement b where b.noticeId = n.noticeId and b.rank > :rank)");
            params.and("status", wanted).and("rank", Acknowledgement.rankOf(wanted));
        }
        return Panache.withSession(() -> {
            var found = Notice.<Notice>find(query.toString(), Sort.by("createdAt").and("noticeId"), params);
            return found.page(Page.of(page, size)).list()
                    .chain(notices -> found.count().chain(total -> withStatuses(notices)
                            .map(items -> new NoticePage(items, page, size, total))));
        });
    }

    private Uni<List<PartnerNotice>> withStatuses(List<Notice> notices) {
        if (notices.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> ids = notices.stream().map(n -> n.noticeId).toList();
        return Acknowledgement.<Acknowledgement>list("noticeId in ?1", ids).map(acks -> {
            Map<String, String> latest = acks.stream().collect(Collectors.groupingBy(a -> a.noticeId,
                    Collectors.collectingAndThen(Collectors.maxBy(Comparator.comparingInt(a -> a.rank)),
                            a -> a.orElseThrow().status.name())));
            return notices.stream().map(n -> new PartnerNotice(n.noticeId, n.platform,
                    latest.getOrDefault(n.noticeId, PENDING), n.respondBy, n.createdAt, n.payload)).toList();
        });
    }
}
