package org.ncii.notifier.delivery.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.DeliveryChannel;
import org.ncii.events.DeliveryOutcome;
import org.ncii.events.NoticeReminder;
import org.ncii.events.NoticeRequested;
import org.ncii.events.NoticeWithdrawn;
import org.ncii.notifier.delivery.Delivery;
import org.ncii.notifier.delivery.DeliveryStatus;
import org.ncii.notifier.delivery.MessageType;
import org.ncii.notifier.delivery.Notice;
import org.ncii.notifier.delivery.NoticeStatus;
import org.ncii.notifier.delivery.ProcessedEvent;
import org.ncii.notifier.matches.DeliveredHashes;
import org.ncii.notifier.partner.PartnerDirectory;
import org.ncii.notifier.partner.PartnerEndpoint;

/**
 * Turns the notice events from takedown-service into messages to send: picks the channel (the partner's webhook;
 * else the partner's e-mail; else the partner pulls; else e-mail to the platform's address; else a caseworker files
 * it by hand), queues the message with its first attempt due now, stops pending messages on withdrawal. Each event is handled once, in one transaction with its effects.
 */
@ApplicationScoped
public class DeliveryPlanner {
    private static final Logger LOG = Logger.getLogger(DeliveryPlanner.class);

    private final PartnerDirectory directory;
    private final WebhookPayloads payloads;
    private final DeliveryResults results;
    private final DeliveredHashes deliveredHashes;
    private final Clock clock;

    public DeliveryPlanner(PartnerDirectory directory, WebhookPayloads payloads, DeliveryResults results,
                           DeliveredHashes deliveredHashes, Clock clock) {
        this.directory = directory;
        this.deliveredHashes = deliveredHashes;
        this.payloads = payloads;
        this.results = results;
        this.clock = clock;
    }

    /** Handles one event unless its id was handled before; completes once the transaction committed. */
    public Uni<Void> handle(CloudEventCodec.Decoded event) {
        return Panache.withTransaction(() -> ProcessedEvent.<ProcessedEvent>findById(event.id()).chain(seen -> {
            if (seen != null) {
                LOG.debugf("event %s already handled", event.id());
                return Uni.createFrom().voidItem();
            }
            ProcessedEvent processed = new ProcessedEvent();
            processed.eventId = event.id();
            processed.type = event.type().type();
            processed.processedAt = clock.instant();
            return processed.persist().chain(() -> apply(event));
        }));
    }

    private Uni<Void> apply(CloudEventCodec.Decoded event) {
        return switch (event.type()) {
            case NOTICE_REQUESTED -> requested(event.data(NoticeRequested.class));
            case NOTICE_REMINDER -> reminder(event.data(NoticeReminder.class));
            case NOTICE_WITHDRAWN -> withdrawn(event.data(NoticeWithdrawn.class));
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> requested(NoticeRequested n) {
        return Notice.byId(n.noticeId()).chain(existing -> {
            if (existing != null && existing.status == NoticeStatus.WITHDRAWN) {
                return Uni.createFrom().voidItem();
            }
            if (existing == null) {
                return directory.forPlatform(n.platform()).chain(partner -> plan(n, new Notice(), partner));
            }
            return Delivery.count("noticeId = ?1 and messageType = ?2 and status = ?3", n.noticeId(),
                    MessageType.CREATED, DeliveryStatus.PENDING).chain(pending -> pending > 0
                    ? Uni.createFrom().voidItem()
                    : directory.forPlatform(n.platform()).chain(partner -> plan(n, existing, partner)));
        });
    }

    /** Fills the notice in and queues its first message, or reports it as one for a caseworker. */
    private Uni<Void> plan(NoticeRequested n, Notice notice, Optional<PartnerEndpoint> partner) {
        Instant now = clock.instant();
        boolean fresh = notice.noticeId == null;
        notice.noticeId = n.noticeId();
        notice.caseRef = n.caseRef();
        notice.platform = n.platform();
        notice.partnerId = partner.map(PartnerEndpoint::partnerId).orElse(null);
        notice.subject = truncate(n.subject(), 500);
        notice.respondBy = now.plus(Duration.ofHours(n.responseDeadlineHours()));
        notice.createdAt = fresh ? now : notice.createdAt;
        notice.updatedAt = now;
        Optional<String> payload = payloads.created(n, now, notice.respondBy);
        notice.payload = payload.orElse(null);
        Optional<String> partnerEmail = partner.map(PartnerEndpoint::email).filter(e -> !e.isBlank());
        String email = partnerEmail.orElse(n.route() == null ? null : n.route().email());

        Delivery delivery;
        if (partner.isPresent() && partner.get().webhookEnabled() && partner.get().webhookUrl() != null && payload.isPresent()) {
            notice.channel = DeliveryChannel.WEBHOOK;
            delivery = newDelivery(notice, MessageType.CREATED, DeliveryChannel.WEBHOOK, payload.get(), now);
        } else if (partner.isPresent() && partnerEmail.isEmpty() && payload.isPresent()) {
            // A partner without a (working) webhook or address pulls its notices: nothing to send.
            notice.channel = DeliveryChannel.PULL;
            notice.status = NoticeStatus.PENDING;
            return persistNotice(notice, fresh).chain(() -> deliveredHashes.delivered(notice, now));
        } else if (email != null && !email.isBlank()) {
            notice.channel = DeliveryChannel.EMAIL;
            notice.emailTo = email;
            delivery = newDelivery(notice, MessageType.CREATED, DeliveryChannel.EMAIL,
                    MailTexts.created(n, notice.respondBy, payloads.acknowledgementUrl(n.noticeId())), now);
            delivery.emailTo = email;
            delivery.subject = notice.subject;
        } else {
            notice.channel = DeliveryChannel.MANUAL;
            notice.status = NoticeStatus.MANUAL;
            String detail = manualDetail(n, payload.isPresent());
            return persistNotice(notice, fresh)
                    .chain(() -> results.publish(notice, MessageType.CREATED, DeliveryChannel.MANUAL,
                            DeliveryOutcome.MANUAL_REQUIRED, 0, detail));
        }
        notice.status = NoticeStatus.PENDING;
        return persistNotice(notice, fresh).chain(() -> delivery.persist()).replaceWithVoid();
    }

    private Uni<Void> reminder(NoticeReminder r) {
        return Notice.byId(r.noticeId()).chain(notice -> {
            if (notice == null || notice.status == NoticeStatus.WITHDRAWN) {
                return Uni.createFrom().voidItem();
            }
            Instant now = clock.instant();
            notice.updatedAt = now;
            return switch (notice.channel) {
                case WEBHOOK -> newDelivery(notice, MessageType.REMINDER, DeliveryChannel.WEBHOOK,
                        payloads.reminder(r, now), now).persist().replaceWithVoid();
                case EMAIL -> {
                    Delivery d = newDelivery(notice, MessageType.REMINDER, DeliveryChannel.EMAIL,
                            MailTexts.reminder(r.noticeId(), r.dueAt()), now);
                    d.emailTo = notice.emailTo;
                    d.subject = truncate("Reminder: " + (notice.subject == null ? "removal request " + notice.noticeId : notice.subject), 500);
                    yield d.persist().replaceWithVoid();
                }
                case PULL -> Uni.createFrom().voidItem(); // the partner sees the notice among its pending ones
                default -> results.publish(notice, MessageType.REMINDER, DeliveryChannel.MANUAL,
                        DeliveryOutcome.MANUAL_REQUIRED, 0, "remind the platform through its web form");
            };
        });
    }

    /**
     * Stops every pending message and, when the platform may already hold the notice (delivered, tried, or in
     * flight right now), tells it the notice is withdrawn. The stored notice loses its personal data at once.
     */
    private Uni<Void> withdrawn(NoticeWithdrawn w) {
        Instant now = clock.instant();
        return Notice.byId(w.noticeId()).chain(found -> {
            if (found != null && found.status == NoticeStatus.WITHDRAWN) {
                return Uni.createFrom().voidItem();
            }
            Notice notice = found != null ? found : tombstone(w, now);
            return Delivery.<Delivery>list("noticeId", w.noticeId()).chain(deliveries -> {
                boolean reached = deliveries.stream().anyMatch(d -> d.messageType != MessageType.WITHDRAWN
                        && (d.status == DeliveryStatus.DELIVERED || d.attempts > 0
                        || (d.leaseUntil != null && d.leaseUntil.isAfter(now))));
                for (Delivery d : deliveries) {
                    if (d.status == DeliveryStatus.PENDING) {
                        d.status = DeliveryStatus.CANCELLED;
                        d.nextAttemptAt = null;
                        d.updatedAt = now;
                    }
                    if (d.messageType == MessageType.CREATED) {
                        d.body = "";
                    }
                }
                notice.status = NoticeStatus.WITHDRAWN;
                notice.payload = null;
                notice.updatedAt = now;
                Uni<?> stored = (found != null ? Uni.createFrom().item(notice) : notice.persist())
                        .call(() -> deliveredHashes.withdrawn(w.noticeId()));
                if (!reached || (notice.channel != DeliveryChannel.WEBHOOK && notice.channel != DeliveryChannel.EMAIL)) {
                    return stored.replaceWithVoid();
                }
                Delivery tell = newDelivery(notice, MessageType.WITHDRAWN, notice.channel,
                        notice.channel == DeliveryChannel.WEBHOOK ? payloads.withdrawn(w, now) : MailTexts.withdrawn(w.noticeId()), now);
                if (notice.channel == DeliveryChannel.EMAIL) {
                    tell.emailTo = notice.emailTo;
                    tell.subject = "Withdrawn: removal request " + notice.noticeId;
                }
                return stored.chain(() -> tell.persist()).replaceWithVoid();
            });
        });
    }

    /** A withdrawal for a notice never seen: remembered, so a late request for it is not delivered. */
    private static Notice tombstone(NoticeWithdrawn w, Instant now) {
        Notice notice = new Notice();
        notice.noticeId = w.noticeId();
        notice.caseRef = w.caseRef();
        notice.platform = w.platform();
        notice.channel = DeliveryChannel.MANUAL;
        notice.createdAt = now;
        return notice;
    }

    private static Delivery newDelivery(Notice notice, MessageType type, DeliveryChannel channel, String body, Instant now) {
        Delivery d = new Delivery();
        d.deliveryId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        d.noticeId = notice.noticeId;
        d.messageType = type;
        d.channel = channel;
        d.partnerId = notice.partnerId;
        d.body = body;
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = now;
        d.createdAt = now;
        d.updatedAt = now;
        return d;
    }

    private static Uni<Void> persistNotice(Notice notice, boolean fresh) {
        return fresh ? notice.persist().replaceWithVoid() : Uni.createFrom().voidItem();
    }

    private static String manualDetail(NoticeRequested n, boolean payloadFits) {
        String prefix = payloadFits ? "" : "too large for a webhook; ";
        if (n.route() != null && n.route().webFormUrl() != null) {
            return prefix + "file through the platform's web form: " + n.route().webFormUrl();
        }
        String note = n.route() == null ? null : n.route().note();
        return prefix + (note != null ? note : "no delivery route known for the platform");
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
