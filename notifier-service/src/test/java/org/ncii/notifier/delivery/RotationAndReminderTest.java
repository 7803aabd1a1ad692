package org.ncii.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.notifier.partner.NewPartner;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.notifier.partner.RegisteredPartner;
import org.ncii.testkit.TestDatabase;

/** During a secret rotation both secrets sign; a reminder goes the way the notice went. */
@QuarkusTest
class RotationAndReminderTest {
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
    void afterARotationTheOldAndTheNewSecretEachVerify() throws Throwable {
        PartnerReceiver receiver = new PartnerReceiver();
        RegisteredPartner partner = fx.register(new NewPartner("Bing", List.of("BING"), receiver.url(), null));
        String rotated = VertxContextSupport.subscribeAndAwait(() -> partners.rotateSigningSecret(partner.partnerId())).signingSecret();
        receiver.trust(partner.signingSecret());
        String noticeId = DeliveryFixture.newNoticeId();

        fx.request(DeliveryFixture.notice(noticeId, "BING", null));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.verifiedCount() == 1);
        PartnerReceiver.Received got = receiver.verified().get(0);
        assertThat(got.headers().get("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        Map<String, List<String>> headers = Map.of(
                "webhook-id", List.of(got.headers().get("webhook-id")),
                "webhook-timestamp", List.of(got.headers().get("webhook-timestamp")),
                "webhook-signature", List.of(got.headers().get("webhook-signature")));
        new Webhook(rotated).verify(got.body(), headers); // throws if the new secret did not sign
        receiver.close();
    }

    @Test
    void reminderReachesThePartnerWebhook() {
        PartnerReceiver receiver = fx.partnerWithWebhook("THREADS");
        String noticeId = DeliveryFixture.newNoticeId();
        fx.request(DeliveryFixture.notice(noticeId, "THREADS", null));
        fx.awaitResult(noticeId, "DELIVERED", Duration.ofSeconds(20));

        fx.remind(noticeId, "THREADS");

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.verified().stream().anyMatch(r -> r.isType("removal_request.reminder")));
        JsonNode reminder = fx.read(receiver.verified().stream().filter(r -> r.isType("removal_request.reminder"))
                .findFirst().orElseThrow().body());
        assertThat(reminder.path("data").path("noticeId").asText()).isEqualTo(noticeId);
        assertThat(reminder.path("data").path("acknowledgementUrl").asText()).endsWith("/v1/partner/notices/" + noticeId + "/acknowledgements");
        await().atMost(Duration.ofSeconds(10)).until(() -> fx.results(noticeId).stream()
                .anyMatch(r -> "removal_request.reminder".equals(r.path("messageType").asText()) && "DELIVERED".equals(r.path("outcome").asText())));
    }
}
