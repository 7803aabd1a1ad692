package org.ncii.notifier.delivery.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.ncii.notifier.delivery.Delivery;
import org.ncii.notifier.delivery.DeliveryAttempt;
import org.ncii.notifier.delivery.DeliveryStatus;
import org.ncii.notifier.delivery.MessageType;
import org.ncii.notifier.delivery.Notice;
import org.ncii.notifier.delivery.NoticeStatus;

/**
 * What staff (admin) can see and do about deliveries: a partner's messages with every attempt, and a replay of
 * the messages that failed for good in a time range (after a partner fixed its endpoint), each starting a new
 * round of the retry schedule under its original {@code webhook-id}.
 */
@ApplicationScoped
public class DeliveryAdmin {
    private static final List<DeliveryStatus> REPLAYABLE = List.of(DeliveryStatus.DEAD_LETTERED, DeliveryStatus.ENDPOINT_DISABLED);

    private final DeliveryWorker worker;
    private final Clock clock;

    public DeliveryAdmin(DeliveryWorker worker, Clock clock) {
        this.worker = worker;
        this.clock = clock;
    }

    /** One message as staff see it: never its body (personal data), but every attempt. */
    public record DeliveryView(String deliveryId, String noticeId, String messageType, String channel, String status,
                               int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                               List<AttemptView> attemptLog) {
    }

    public record AttemptView(int attemptNo, Instant attemptedAt, String endpoint, Integer statusCode, long latencyMs,
                              String error) {
    }

    /** A partner's messages, newest first, a page at a time. */
    public Uni<List<DeliveryView>> deliveriesOf(String partnerId, int page, int size) {
        return Panache.withSession(() -> Delivery.<Delivery>find("partnerId", Sort.descending("createdAt").and("deliveryId"), partnerId)
                .page(Page.of(page, size)).list()
                .chain(deliveries -> {
                    List<String> ids = deliveries.stream().map(d -> d.deliveryId).toList();
                    Uni<List<DeliveryAttempt>> attempts = ids.isEmpty() ? Uni.createFrom().item(List.of())
                            : DeliveryAttempt.list("deliveryId in ?1 order by attemptNo", ids);
                    return attempts.map(all -> {
                        Map<String, List<AttemptView>> byDelivery = all.stream().collect(Collectors.groupingBy(a -> a.deliveryId,
                                Collectors.mapping(a -> new AttemptView(a.attemptNo, a.attemptedAt, a.endpoint, a.statusCode,
                                        a.latencyMs, a.error), Collectors.toList())));
                        return deliveries.stream().map(d -> new DeliveryView(d.deliveryId, d.noticeId, d.messageType.wireName(),
                                d.channel.name(), d.status.name(), d.attempts, d.nextAttemptAt, d.lastError, d.createdAt,
                                byDelivery.getOrDefault(d.deliveryId, List.of()))).toList();
                    });
                }));
    }

    /**
     * Queues again every dead-lettered or endpoint-disabled message created in {@code [from, to)} whose notice is
     * not withdrawn; returns how many. Their first new attempt is due at once.
     */
    public Uni<Integer> replay(Instant from, Instant to) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Delivery.<Delivery>list("status in ?1 and createdAt >= ?2 and createdAt < ?3",
                        REPLAYABLE, from, to)
                .chain(deliveries -> {
                    if (deliveries.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    List<String> noticeIds = deliveries.stream().map(d -> d.noticeId).distinct().toList();
                    return Notice.<Notice>list("noticeId in ?1", noticeIds).map(notices -> {
                        Map<String, Notice> byId = notices.stream().collect(Collectors.toMap(n -> n.noticeId, n -> n));
                        int replayed = 0;
                        for (Delivery d : deliveries) {
                            Notice notice = byId.get(d.noticeId);
                            if (notice == null || notice.status == NoticeStatus.WITHDRAWN) {
                                continue;
                            }
                            d.status = DeliveryStatus.PENDING;
                            d.roundStart = d.attempts;
                            d.nextAttemptAt = now;
                            d.leaseUntil = null;
                            d.updatedAt = now;
                            if (d.messageType == MessageType.CREATED) {
                                notice.status = NoticeStatus.PENDING;
                                notice.updatedAt = now;
                            }
                            replayed++;
                        }
                        return replayed;
                    });
                }))
                .invoke(worker::wake);
    }
}
