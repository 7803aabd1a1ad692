package org.ncii.notifier.delivery.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.ncii.events.DeliveryOutcome;
import org.ncii.notifier.delivery.Delivery;
import org.ncii.notifier.delivery.DeliveryAttempt;
import org.ncii.notifier.delivery.DeliveryStatus;
import org.ncii.notifier.delivery.MessageType;
import org.ncii.notifier.delivery.Notice;
import org.ncii.notifier.delivery.NoticeStatus;
import org.ncii.notifier.matches.DeliveredHashes;
import org.ncii.notifier.partner.PartnerDirectory;

/**
 * Records an attempt and decides what follows, in one transaction: 2xx delivers, 410 disables the partner's
 * webhook, any other failure schedules the next try (never sooner than {@code Retry-After}) until the schedule
 * is spent and the message is dead-lettered. Every end is published as a {@code delivery.result}.
 */
@ApplicationScoped
public class DeliveryOutcomes {
    private static final Duration NOT_SENT_PAUSE = Duration.ofSeconds(1);

    private final RetrySchedule schedule;
    private final PartnerDirectory directory;
    private final DeliveryResults results;
    private final DeliveredHashes deliveredHashes;
    private final Clock clock;

    public DeliveryOutcomes(RetrySchedule schedule, PartnerDirectory directory, DeliveryResults results,
                            DeliveredHashes deliveredHashes, Clock clock) {
        this.schedule = schedule;
        this.directory = directory;
        this.results = results;
        this.deliveredHashes = deliveredHashes;
        this.clock = clock;
    }

    /** Records the attempt; the item is when the message is due next, or null when it is done. */
    public Uni<Instant> record(String deliveryId, Attempt attempt) {
        return Panache.withTransaction(() -> Delivery.<Delivery>findById(deliveryId)
                        .chain(d -> d == null ? Uni.createFrom().<Instant>nullItem()
                                : Notice.byId(d.noticeId).chain(notice -> apply(d, notice, attempt))
                                .map(ignored -> d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null)))
                .invoke(results::flushSoon);
    }

    private Uni<Void> apply(Delivery d, Notice notice, Attempt attempt) {
        Instant now = clock.instant();
        d.leaseUntil = null;
        d.updatedAt = now;
        if (!attempt.reachedEndpoint()) {
            if (d.status != DeliveryStatus.PENDING) {
                return Uni.createFrom().voidItem();
            }
            if (attempt.kind() == Attempt.Kind.ENDPOINT_OFF) {
                return finish(d, notice, DeliveryStatus.ENDPOINT_DISABLED, "the partner's webhook is disabled");
            }
            Duration pause = attempt.retryAfter() != null && attempt.retryAfter().compareTo(NOT_SENT_PAUSE) > 0
                    ? attempt.retryAfter() : NOT_SENT_PAUSE;
            d.nextAttemptAt = now.plus(pause);
            d.lastError = attempt.error();
            return Uni.createFrom().voidItem();
        }
        d.attempts++;
        d.lastError = attempt.error();
        DeliveryAttempt row = new DeliveryAttempt();
        row.deliveryId = d.deliveryId;
        row.attemptNo = d.attempts;
        row.attemptedAt = attempt.at();
        row.endpoint = attempt.endpoint();
        row.statusCode = attempt.status();
        row.latencyMs = attempt.latencyMs();
        row.error = attempt.error();
        return row.persist().chain(() -> {
            if (d.status != DeliveryStatus.PENDING) {
                return Uni.createFrom().voidItem(); // withdrawn while in flight: on record, nothing follows
            }
            return switch (attempt.kind()) {
                case DELIVERED -> finish(d, notice, DeliveryStatus.DELIVERED, null);
                case GONE -> directory.disableWebhook(d.partnerId, "answered 410 Gone")
                        .chain(() -> finish(d, notice, DeliveryStatus.ENDPOINT_DISABLED,
                                "the partner answered 410 Gone: its webhook is disabled, staff must act"));
                default -> retryOrDeadLetter(d, notice, attempt, now);
            };
        });
    }

    private Uni<Void> retryOrDeadLetter(Delivery d, Notice notice, Attempt attempt, Instant now) {
        Optional<Duration> delay = schedule.delayBefore(d.attempts - d.roundStart + 1, attempt.retryAfter());
        if (delay.isPresent()) {
            d.nextAttemptAt = now.plus(delay.get());
            return Uni.createFrom().voidItem();
        }
        return finish(d, notice, DeliveryStatus.DEAD_LETTERED,
                "no success after " + d.attempts + " attempts; last: " + attempt.error());
    }

    private Uni<Void> finish(Delivery d, Notice notice, DeliveryStatus status, String detail) {
        d.status = status;
        d.nextAttemptAt = null;
        Uni<Void> received = Uni.createFrom().voidItem();
        if (d.messageType == MessageType.CREATED && notice.status != NoticeStatus.WITHDRAWN) {
            notice.status = NoticeStatus.valueOf(status.name());
            notice.updatedAt = d.updatedAt;
            if (status == DeliveryStatus.DELIVERED) {
                // The partner now holds the notice's hashes and may report copies it finds by them.
                received = deliveredHashes.delivered(notice, d.updatedAt);
            }
        }
        return received.chain(() -> results.publish(notice, d.messageType, d.channel, DeliveryOutcome.valueOf(status.name()), d.attempts, detail));
    }
}
