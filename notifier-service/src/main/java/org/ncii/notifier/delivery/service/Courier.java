package org.ncii.notifier.delivery.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.ncii.events.DeliveryChannel;
import org.ncii.notifier.delivery.Delivery;
import org.ncii.notifier.delivery.DeliveryStatus;
import org.ncii.notifier.delivery.client.NoticeMailer;
import org.ncii.notifier.delivery.client.PartnerWebhookClient;
import org.ncii.notifier.delivery.client.WebhookResponse;
import org.ncii.notifier.delivery.client.WebhookSigner;
import org.ncii.notifier.partner.PartnerDirectory;
import org.ncii.notifier.partner.PartnerEndpoint;
import org.ncii.notifier.partner.WebhookUrlPolicy;

/**
 * Makes one attempt at one claimed message: reads it and its partner (a short session, closed before sending),
 * checks the webhook URL again (DNS can change), signs with every current secret, sends, and hands the outcome
 * to {@link DeliveryOutcomes}. No database connection is held while a partner takes its time.
 */
@ApplicationScoped
public class Courier {
    private final PartnerDirectory directory;
    private final WebhookUrlPolicy urlPolicy;
    private final WebhookSigner signer;
    private final PartnerWebhookClient webhooks;
    private final NoticeMailer mailer;
    private final DeliveryOutcomes outcomes;
    private final Clock clock;

    public Courier(PartnerDirectory directory, WebhookUrlPolicy urlPolicy, WebhookSigner signer,
                   PartnerWebhookClient webhooks, NoticeMailer mailer, DeliveryOutcomes outcomes, Clock clock) {
        this.directory = directory;
        this.urlPolicy = urlPolicy;
        this.signer = signer;
        this.webhooks = webhooks;
        this.mailer = mailer;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** What an attempt needs, read before sending so no session stays open during it. */
    private record Parcel(String deliveryId, DeliveryChannel channel, String partnerId, String body, String subject,
                          String emailTo, Optional<PartnerEndpoint> partner) {
    }

    /**
     * Runs on a Vert.x context of its own (the worker gives each attempt one); completes once recorded, with when
     * the message is due next (null when it is done or was not due).
     */
    public Uni<Instant> attempt(String deliveryId) {
        Context context = Vertx.currentContext();
        Executor back = task -> context.runOnContext(ignored -> task.run());
        return Panache.withSession(() -> Delivery.<Delivery>findById(deliveryId).chain(this::parcel))
                .chain(parcel -> parcel == null ? Uni.createFrom().<Instant>nullItem()
                        : send(parcel).emitOn(back).chain(attempt -> outcomes.record(deliveryId, attempt)));
    }

    private Uni<Parcel> parcel(Delivery d) {
        if (d == null || d.status != DeliveryStatus.PENDING) {
            return Uni.createFrom().nullItem();
        }
        Uni<Optional<PartnerEndpoint>> partner = d.channel == DeliveryChannel.WEBHOOK && d.partnerId != null
                ? directory.byId(d.partnerId) : Uni.createFrom().item(Optional.empty());
        return partner.map(p -> new Parcel(d.deliveryId, d.channel, d.partnerId, d.body, d.subject, d.emailTo, p));
    }

    private Uni<Attempt> send(Parcel parcel) {
        return parcel.channel() == DeliveryChannel.EMAIL ? email(parcel) : webhook(parcel);
    }

    private Uni<Attempt> email(Parcel parcel) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        String endpoint = "mailto:" + parcel.emailTo();
        return mailer.send(parcel.emailTo(), parcel.subject(), parcel.body())
                .map(ignored -> new Attempt(Attempt.Kind.DELIVERED, at, endpoint, null, null, null, millisSince(started)))
                .onFailure().recoverWithItem(failure -> new Attempt(Attempt.Kind.FAILED, at, endpoint, null, null,
                        "mail not accepted: " + failure.getClass().getSimpleName(), millisSince(started)));
    }

    private Uni<Attempt> webhook(Parcel parcel) {
        Instant at = clock.instant();
        Optional<PartnerEndpoint> partner = parcel.partner();
        if (partner.isEmpty() || !partner.get().webhookEnabled() || partner.get().webhookUrl() == null) {
            return Uni.createFrom().item(new Attempt(Attempt.Kind.ENDPOINT_OFF, at, "-", null, null, "webhook disabled", 0));
        }
        String url = partner.get().webhookUrl();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Uni.createFrom().item(new Attempt(Attempt.Kind.FAILED, at, url, null, null, "not a valid URL", 0));
        }
        return urlPolicy.checkOffEventLoop(uri)
                .chain(() -> post(parcel, partner.get(), uri, url))
                .onFailure(WebhookUrlPolicy.WebhookUrlRefused.class).recoverWithItem(refused -> new Attempt(Attempt.Kind.FAILED,
                        at, url, null, null, "refused by the URL policy: " + refused.getMessage(), 0));
    }

    private Uni<Attempt> post(Parcel parcel, PartnerEndpoint partner, URI uri, String url) {
        Instant at = clock.instant();
        long timestamp = at.getEpochSecond();
        Map<String, String> headers = Map.of(
                "webhook-id", parcel.deliveryId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", signer.signature(parcel.deliveryId(), timestamp, parcel.body(), partner.signingSecrets()));
        return webhooks.post(partner.partnerId(), uri, headers, parcel.body()).map(response -> attempt(at, url, response));
    }

    private static Attempt attempt(Instant at, String url, WebhookResponse r) {
        Attempt.Kind kind = !r.sent() ? Attempt.Kind.NOT_SENT
                : r.delivered() ? Attempt.Kind.DELIVERED
                : r.gone() ? Attempt.Kind.GONE
                : Attempt.Kind.FAILED;
        return new Attempt(kind, at, url, r.status(), r.retryAfter(), r.error(), r.latencyMs());
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
