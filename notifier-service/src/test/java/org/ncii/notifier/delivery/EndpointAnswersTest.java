package org.ncii.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.testkit.TestDatabase;

/** 410 Gone disables the partner's webhook and alerts staff; 429 and 503 are retried no sooner than Retry-After. */
@QuarkusTest
class EndpointAnswersTest {
    @Inject
    ObjectMapper mapper;

    @Inject
    PartnerService partners;

    KafkaCompanion kafka;
    TestDatabase db;
    DeliveryFixture fx;

    @BeforeEach
    void setUp() {
        fx = new DeliveryFixture(kafka, db, mapper, partners);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void goneDisablesTheWebhookAndTellsStaff() {
        PartnerReceiver receiver = fx.partnerWithWebhook("REDDIT");
        receiver.answer(r -> PartnerReceiver.Reply.status(410));
        String noticeId = DeliveryFixture.newNoticeId();

        fx.request(DeliveryFixture.notice(noticeId, "REDDIT", null));

        JsonNode result = fx.awaitResult(noticeId, "ENDPOINT_DISABLED", Duration.ofSeconds(20));
        assertThat(result.path("detail").asText()).contains("410");
        assertThat(receiver.verified()).hasSize(1);
        List<Map<String, Object>> partner = db.query(
                "SELECT p.webhook_enabled FROM partner p JOIN partner_platform pp ON pp.partner_id = p.partner_id WHERE pp.platform = 'REDDIT'");
        assertThat(partner.get(0)).containsEntry("webhook_enabled", false);
        assertThat(fx.notice(noticeId)).containsEntry("status", "ENDPOINT_DISABLED");

        // The next notice for the platform no longer goes to the disabled webhook: the partner must pull it.
        String next = DeliveryFixture.newNoticeId();
        fx.request(DeliveryFixture.notice(next, "REDDIT", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> db.count("SELECT count(*) FROM notice WHERE notice_id = ?", next) == 1);
        assertThat(fx.notice(next)).containsEntry("channel", "PULL").containsEntry("status", "PENDING");
        assertThat(fx.deliveries(next)).isEmpty();
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void tooManyRequestsWithRetryAfterTwoWaitsAtLeastTwoSeconds() {
        PartnerReceiver receiver = fx.partnerWithWebhook("SNAPCHAT");
        receiver.answer(r -> receiver.verifiedCount() == 1
                ? new PartnerReceiver.Reply(429, Map.of("Retry-After", "2"), Duration.ZERO)
                : PartnerReceiver.Reply.status(200));
        String noticeId = DeliveryFixture.newNoticeId();

        fx.request(DeliveryFixture.notice(noticeId, "SNAPCHAT", null));

        fx.awaitResult(noticeId, "DELIVERED", Duration.ofSeconds(20));
        List<PartnerReceiver.Received> got = receiver.verified();
        assertThat(got).hasSize(2);
        long waitedMillis = (got.get(1).atNanos() - got.get(0).atNanos()) / 1_000_000;
        assertThat(waitedMillis).isGreaterThanOrEqualTo(2000);
        assertThat(got.get(1).webhookId()).isEqualTo(got.get(0).webhookId());
        await().atMost(Duration.ofSeconds(5)).until(() -> fx.attempts(got.get(0).webhookId()).size() == 2);
        assertThat(fx.attempts(got.get(0).webhookId())).extracting(a -> a.get("status_code")).containsExactly(429, 200);
    }
}
