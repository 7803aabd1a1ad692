package org.ncii.notifier.delivery;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.ncii.events.CloudEvent;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.ContentHash;
import org.ncii.events.Declarations;
import org.ncii.events.DeliveryRoute;
import org.ncii.events.EventType;
import org.ncii.events.HashAlgorithm;
import org.ncii.events.NoticeItem;
import org.ncii.events.NoticeReminder;
import org.ncii.events.NoticeRequested;
import org.ncii.events.NoticeWithdrawn;
import org.ncii.events.Requester;
import org.ncii.events.Topics;
import org.ncii.notifier.partner.NewPartner;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.notifier.partner.RegisteredPartner;
import org.ncii.testkit.TestDatabase;

/**
 * What delivery tests share: notice events sent through the real broker, partners registered through the
 * partner service (and removed afterwards: one partner per platform, one database for the module), and the
 * {@code delivery.result} events read back from {@code takedown.acks.v1}.
 */
final class DeliveryFixture implements AutoCloseable {
    private final KafkaCompanion kafka;
    private final TestDatabase db;
    private final CloudEventCodec codec;
    private final ObjectMapper mapper;
    private final PartnerService partners;
    private final List<String> partnerIds = new ArrayList<>();
    private final List<PartnerReceiver> receivers = new ArrayList<>();
    private final ConsumerTask<String, String> acks;

    DeliveryFixture(KafkaCompanion kafka, TestDatabase db, ObjectMapper mapper, PartnerService partners) {
        this.kafka = kafka;
        this.db = db;
        this.mapper = mapper;
        this.codec = new CloudEventCodec(mapper);
        this.partners = partners;
        this.acks = kafka.consumeStrings().fromTopics(Topics.ACKS);
    }

    /** A receiver on loopback registered as the webhook of a new partner answering for {@code platform}. */
    PartnerReceiver partnerWithWebhook(String platform) {
        PartnerReceiver receiver = new PartnerReceiver();
        receivers.add(receiver);
        RegisteredPartner registered = register(new NewPartner("Partner " + platform, List.of(platform), receiver.url(), null));
        receiver.trust(registered.signingSecret());
        return receiver;
    }

    RegisteredPartner register(NewPartner partner) {
        try {
            RegisteredPartner registered = VertxContextSupport.subscribeAndAwait(() -> partners.register(partner));
            partnerIds.add(registered.partnerId());
            return registered;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static String newNoticeId() {
        return "ntc_" + UUID.randomUUID().toString().replace("-", "");
    }

    static NoticeRequested notice(String noticeId, String platform, DeliveryRoute route) {
        return new NoticeRequested(noticeId, "TD-" + noticeId.substring(4, 12).toUpperCase(), platform,
                List.of("US_TAKE_IT_DOWN_ACT", "EU_DSA_ART_16"), 48, false,
                List.of(new NoticeItem("itm_1", "https://example.test/p/123", "123",
                        List.of(new ContentHash(HashAlgorithm.PDQ, "f".repeat(64), 100, null),
                                new ContentHash(HashAlgorithm.SHA256, "a".repeat(64), null, null)))),
                new Declarations(true, true, true),
                new Requester("Caseworker 7", "Example Helpline", "help@helpline.example", "+44 0000 000000",
                        "Caseworker 7", false),
                route, "Removal request under the TAKE IT DOWN Act", "Dear platform, please remove ...",
                Instant.now());
    }

    /** Sends the event as takedown-service would and returns the record value, to send again as a duplicate. */
    String send(EventType type, String noticeId, Object data) {
        String json = codec.write(CloudEvent.of(type, "takedown-service", noticeId, Instant.now(), data));
        sendRaw(noticeId, json);
        return json;
    }

    void sendRaw(String key, String json) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.NOTICES, key, json)).awaitCompletion();
    }

    String request(NoticeRequested notice) {
        return send(EventType.NOTICE_REQUESTED, notice.noticeId(), notice);
    }

    void remind(String noticeId, String platform) {
        send(EventType.NOTICE_REMINDER, noticeId, new NoticeReminder(noticeId, "TD-X", platform, Instant.now(), Instant.now()));
    }

    void withdraw(String noticeId, String platform) {
        send(EventType.NOTICE_WITHDRAWN, noticeId, new NoticeWithdrawn(noticeId, "TD-X", platform, List.of(), Instant.now()));
    }

    /** The {@code data} of every {@code delivery.result} for the notice so far. */
    List<JsonNode> results(String noticeId) {
        return acks.getRecords().stream().filter(r -> noticeId.equals(r.key())).map(r -> read(r.value()))
                .filter(e -> "delivery.result".equals(e.path("type").asText()))
                .map(e -> e.path("data")).toList();
    }

    /** Waits for the notice's {@code delivery.result} with this outcome and returns its data. */
    JsonNode awaitResult(String noticeId, String outcome, Duration within) {
        return await().atMost(within).until(() -> results(noticeId).stream()
                        .filter(d -> outcome.equals(d.path("outcome").asText())).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    List<Map<String, Object>> deliveries(String noticeId) {
        return db.query("SELECT * FROM delivery WHERE notice_id = ? ORDER BY created_at", noticeId);
    }

    List<Map<String, Object>> attempts(String deliveryId) {
        return db.query("SELECT * FROM delivery_attempt WHERE delivery_id = ? ORDER BY attempt_no", deliveryId);
    }

    Map<String, Object> notice(String noticeId) {
        return db.query("SELECT * FROM notice WHERE notice_id = ?", noticeId).get(0);
    }

    JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the receivers, removes the partners (their platforms are free again) and stops reading acks. */
    @Override
    public void close() {
        receivers.forEach(PartnerReceiver::close);
        for (String id : partnerIds) {
            db.update("DELETE FROM partner_signing_secret WHERE partner_id = ?", id);
            db.update("DELETE FROM partner_platform WHERE partner_id = ?", id);
            db.update("DELETE FROM partner WHERE partner_id = ?", id);
        }
        acks.stop();
    }
}
