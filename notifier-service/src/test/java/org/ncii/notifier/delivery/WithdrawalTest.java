package org.ncii.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.testkit.TestDatabase;

/** A withdrawn notice stops its pending retries, and a partner that may hold it is told it is withdrawn. */
@QuarkusTest
class WithdrawalTest {
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
    void partnerThatReceivedTheNoticeGetsTheWithdrawal() {
        PartnerReceiver receiver = fx.partnerWithWebhook("YOUTUBE");
        String noticeId = DeliveryFixture.newNoticeId();
        fx.request(DeliveryFixture.notice(noticeId, "YOUTUBE", null));
        fx.awaitResult(noticeId, "DELIVERED", Duration.ofSeconds(20));

        fx.withdraw(noticeId, "YOUTUBE");

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.verified().stream()
                .anyMatch(r -> r.isType("removal_request.withdrawn")));
        PartnerReceiver.Received withdrawal = receiver.verified().stream()
                .filter(r -> r.isType("removal_request.withdrawn")).findFirst().orElseThrow();
        assertThat(fx.read(withdrawal.body()).path("data").path("noticeId").asText()).isEqualTo(noticeId);
        assertThat(withdrawal.webhookId()).isNotEqualTo(receiver.verified().get(0).webhookId());
        assertThat(fx.notice(noticeId)).containsEntry("status", "WITHDRAWN").containsEntry("payload", null);
    }

    @Test
    void withdrawalStopsPendingRetries() {
        PartnerReceiver receiver = fx.partnerWithWebhook("IMGUR");
        // The created message fails with "retry in 3 s"; the withdrawal message is accepted.
        receiver.answer(r -> r.isType("removal_request.withdrawn") ? PartnerReceiver.Reply.status(200)
                : new PartnerReceiver.Reply(503, Map.of("Retry-After", "3"), Duration.ZERO));
        String noticeId = DeliveryFixture.newNoticeId();
        fx.request(DeliveryFixture.notice(noticeId, "IMGUR", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> fx.deliveries(noticeId).stream()
                .anyMatch(d -> ((Number) d.get("attempts")).intValue() == 1 && d.get("lease_until") == null));

        fx.withdraw(noticeId, "IMGUR");

        await().atMost(Duration.ofSeconds(20)).until(() -> fx.deliveries(noticeId).stream()
                .anyMatch(d -> "CANCELLED".equals(d.get("status"))));
        // The retry that was due 3 s after the first attempt never comes.
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(8)).until(() ->
                receiver.verified().stream().filter(r -> r.isType("removal_request.created")).count() == 1);
        assertThat(fx.deliveries(noticeId).get(0)).containsEntry("status", "CANCELLED").containsEntry("next_attempt_at", null);
        assertThat(fx.results(noticeId)).noneMatch(r -> "DEAD_LETTERED".equals(r.path("outcome").asText()));
        // It had been tried, so the partner may hold it: it is told of the withdrawal.
        assertThat(receiver.verified()).anyMatch(r -> r.isType("removal_request.withdrawn"));
    }
}
