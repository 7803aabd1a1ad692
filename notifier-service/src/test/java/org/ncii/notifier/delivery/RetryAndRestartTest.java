package org.ncii.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.notifier.delivery.service.DeliveryWorker;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.testkit.TestDatabase;

/**
 * Failed attempts retry on the persisted schedule with one {@code webhook-id}; the schedule lives in the database,
 * so a worker stopped between attempts and started afresh picks up exactly what is due and sends nothing twice.
 * The test schedule is 0 s, then 300 ms four times (five attempts), configured in {@code %test}.
 */
@QuarkusTest
class RetryAndRestartTest {
    @Inject
    ObjectMapper mapper;

    @Inject
    PartnerService partners;

    @Inject
    Scheduler scheduler;

    KafkaCompanion kafka;
    TestDatabase db;
    DeliveryFixture fx;

    @BeforeEach
    void setUp() {
        fx = new DeliveryFixture(kafka, db, mapper, partners);
    }

    @AfterEach
    void tearDown() {
        scheduler.resume(DeliveryWorker.JOB);
        fx.close();
    }

    @Test
    void threeFailuresThenSuccessAcrossAWorkerRestartMakeFourDeliveriesWithOneWebhookId() {
        PartnerReceiver receiver = fx.partnerWithWebhook("X");
        // 500 three times, then 200; the worker is stopped ("the service goes down") as the second 500 goes out.
        receiver.answer(r -> {
            int n = receiver.verifiedCount();
            if (n == 2) {
                scheduler.pause(DeliveryWorker.JOB);
            }
            return PartnerReceiver.Reply.status(n <= 3 ? 500 : 200);
        });
        String noticeId = DeliveryFixture.newNoticeId();

        fx.request(DeliveryFixture.notice(noticeId, "X", null));

        await().atMost(Duration.ofSeconds(20)).until(() -> fx.deliveries(noticeId).size() == 1
                && ((Number) fx.deliveries(noticeId).get(0).get("attempts")).intValue() == 2);
        Map<String, Object> stopped = fx.deliveries(noticeId).get(0);
        String deliveryId = (String) stopped.get("delivery_id");
        assertThat(stopped.get("status")).isEqualTo("PENDING");
        assertThat(stopped.get("next_attempt_at")).as("the next attempt is on record, not in memory").isNotNull();
        // While stopped, the due attempt waits: nothing is sent.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> receiver.received().size() == 2);
        assertThat(timestamp(stopped.get("next_attempt_at"))).isBefore(Instant.now());

        scheduler.resume(DeliveryWorker.JOB); // a fresh worker run: it only knows what the database says

        JsonNode result = fx.awaitResult(noticeId, "DELIVERED", Duration.ofSeconds(20));
        assertThat(result.path("attempts").asInt()).isEqualTo(4);
        // Nothing is sent again after the success.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 4);
        assertThat(receiver.verified()).hasSize(4);
        assertThat(receiver.verified().stream().map(PartnerReceiver.Received::webhookId).distinct().toList())
                .containsExactly(deliveryId);
        List<Map<String, Object>> attempts = fx.attempts(deliveryId);
        assertThat(attempts).extracting(a -> a.get("status_code")).containsExactly(500, 500, 500, 200);
        assertThat(attempts).allSatisfy(a -> {
            assertThat(a.get("endpoint")).isEqualTo(receiver.url());
            assertThat(a.get("attempted_at")).isNotNull();
            assertThat(((Number) a.get("latency_ms")).longValue()).isGreaterThanOrEqualTo(0);
        });
        assertThat(attempts.get(0).get("error")).isEqualTo("answered 500");
        assertThat(fx.deliveries(noticeId).get(0)).containsEntry("status", "DELIVERED");
        assertThat(fx.results(noticeId)).hasSize(1);
    }

    @Test
    void endpointFailingEveryAttemptIsDeadLetteredAfterTheLastOne() {
        PartnerReceiver receiver = fx.partnerWithWebhook("TIKTOK");
        receiver.answer(r -> PartnerReceiver.Reply.status(503));
        String noticeId = DeliveryFixture.newNoticeId();

        fx.request(DeliveryFixture.notice(noticeId, "TIKTOK", null));

        JsonNode result = fx.awaitResult(noticeId, "DEAD_LETTERED", Duration.ofSeconds(30));
        assertThat(result.path("attempts").asInt()).isEqualTo(5);
        assertThat(result.path("channel").asText()).isEqualTo("WEBHOOK");
        assertThat(receiver.verified()).hasSize(5);
        assertThat(fx.deliveries(noticeId).get(0)).containsEntry("status", "DEAD_LETTERED").containsEntry("next_attempt_at", null);
        assertThat(fx.notice(noticeId)).containsEntry("status", "DEAD_LETTERED");
    }

    private static Instant timestamp(Object value) {
        return value instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }
}
