package org.ncii.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

/** A notice for a partnered platform arrives signed per Standard Webhooks, once, with everything it must carry. */
@QuarkusTest
class SignedWebhookDeliveryTest {
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
    void partnerReceivesSignedNoticeThatTheStandardLibraryVerifies() throws Exception {
        PartnerReceiver receiver = fx.partnerWithWebhook("FACEBOOK");
        String noticeId = DeliveryFixture.newNoticeId();
        Instant before = Instant.now();

        fx.request(DeliveryFixture.notice(noticeId, "FACEBOOK", null));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.verifiedCount() == 1);
        PartnerReceiver.Received got = receiver.verified().get(0);
        assertThat(got.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(20 * 1024);
        assertThat(got.headers().get("webhook-signature")).startsWith("v1,");
        assertThat(got.headers().get("webhook-id")).isNotBlank();
        JsonNode body = fx.read(got.body());
        assertThat(body.path("type").asText()).isEqualTo("removal_request.created");
        assertThat(body.path("timestamp").asText()).isNotBlank();
        JsonNode data = body.path("data");
        assertThat(data.path("noticeId").asText()).isEqualTo(noticeId);
        assertThat(data.path("platform").asText()).isEqualTo("FACEBOOK");
        assertThat(data.path("legalBases").get(0).asText()).isEqualTo("US_TAKE_IT_DOWN_ACT");
        Instant respondBy = Instant.parse(data.path("respondBy").asText());
        assertThat(respondBy).isBetween(before.plus(Duration.ofHours(48)), Instant.now().plus(Duration.ofHours(48)));
        assertThat(data.path("items").get(0).path("url").asText()).isEqualTo("https://example.test/p/123");
        assertThat(data.path("items").get(0).path("platformContentId").asText()).isEqualTo("123");
        assertThat(data.path("items").get(0).path("hashes").get(0).path("algorithm").asText()).isEqualTo("PDQ");
        assertThat(data.path("declarations").path("goodFaith").asBoolean()).isTrue();
        assertThat(data.path("requester").path("signature").asText()).isEqualTo("Caseworker 7");
        assertThat(data.path("requester").path("email").asText()).isEqualTo("help@helpline.example");
        assertThat(data.path("acknowledgementUrl").asText())
                .isEqualTo("http://localhost:8083/v1/partner/notices/" + noticeId + "/acknowledgements");

        JsonNode result = fx.awaitResult(noticeId, "DELIVERED", Duration.ofSeconds(20));
        assertThat(result.path("channel").asText()).isEqualTo("WEBHOOK");
        assertThat(result.path("messageType").asText()).isEqualTo("removal_request.created");
        assertThat(result.path("attempts").asInt()).isEqualTo(1);
        // The body as sent is kept to resend it byte for byte, but sealed: it may name an opted-in victim.
        Map<String, Object> stored = fx.notice(noticeId);
        assertThat(stored).containsEntry("status", "DELIVERED");
        assertThat((String) stored.get("payload")).startsWith("sealed:").doesNotContain("Caseworker 7", "help@helpline.example");

        // The same headers with one character of the body changed: the receiver's library refuses it.
        String tampered = got.body().replace("\"goodFaith\":true", "\"goodFaith\":false");
        HttpRequest.Builder forged = HttpRequest.newBuilder(URI.create(receiver.url()))
                .POST(HttpRequest.BodyPublishers.ofString(tampered));
        for (String h : new String[] {"webhook-id", "webhook-timestamp", "webhook-signature"}) {
            forged.header(h, got.headers().get(h));
        }
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(forged.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(receiver.verifiedCount()).isEqualTo(1);
    }

    @Test
    void sameEventTwiceDeliversOnce() {
        PartnerReceiver receiver = fx.partnerWithWebhook("INSTAGRAM");
        String noticeId = DeliveryFixture.newNoticeId();

        String event = fx.request(DeliveryFixture.notice(noticeId, "INSTAGRAM", null));
        fx.sendRaw(noticeId, event);

        fx.awaitResult(noticeId, "DELIVERED", Duration.ofSeconds(20));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 1);
        assertThat(fx.deliveries(noticeId)).hasSize(1);
        assertThat(db.count("SELECT count(*) FROM notice WHERE notice_id = ?", noticeId)).isEqualTo(1);
        assertThat(fx.results(noticeId)).hasSize(1);
    }
}
