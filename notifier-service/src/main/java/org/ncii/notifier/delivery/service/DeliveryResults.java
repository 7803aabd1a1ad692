package org.ncii.notifier.delivery.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ncii.events.DeliveryChannel;
import org.ncii.events.DeliveryOutcome;
import org.ncii.events.DeliveryResult;
import org.ncii.events.EventType;
import org.ncii.notifier.delivery.MessageType;
import org.ncii.notifier.delivery.Notice;
import org.ncii.outbox.Outbox;

/**
 * Tells takedown-service how a delivery ended, as a {@code delivery.result} on {@code takedown.acks.v1} keyed by
 * notice id, written to the outbox in the caller's transaction so the event and the state change it reports
 * commit together.
 */
@ApplicationScoped
public class DeliveryResults {
    private final Outbox outbox;
    private final Clock clock;
    private final String service;

    public DeliveryResults(Outbox outbox, Clock clock, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.outbox = outbox;
        this.clock = clock;
        this.service = service;
    }

    public Uni<Void> publish(Notice notice, MessageType type, DeliveryChannel channel, DeliveryOutcome outcome,
                             int attempts, String detail) {
        DeliveryResult result = new DeliveryResult(notice.noticeId, notice.caseRef, notice.platform, type.wireName(),
                channel, outcome, attempts, clock.instant(), detail);
        return outbox.add(EventType.DELIVERY_RESULT, service, notice.noticeId, result.at(), result).replaceWithVoid();
    }

    /** Publishes rows just committed without waiting for the next poll. */
    public void flushSoon() {
        outbox.flushSoon();
    }
}
