package org.ncii.notifier.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.events.CloudEvent;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.ContentHash;
import org.ncii.events.Declarations;
import org.ncii.events.EventType;
import org.ncii.events.HashAlgorithm;
import org.ncii.events.NoticeItem;
import org.ncii.events.NoticeRequested;
import org.ncii.events.Requester;
import org.ncii.events.Topics;
import org.ncii.testkit.TestDatabase;

/**
 * The whole way round for a partner without a webhook: takedown's notice arrives on the broker, the partner pulls
 * it with the webhook body, acknowledges it, and takedown's topic carries the acknowledgement.
 */
@QuarkusTest
class PullPartnerEndToEndTest {
    @Inject
    PartnerService service;

    @Inject
    ObjectMapper mapper;

    TestDatabase db;
    KafkaCompanion kafka;

    private RegisteredPartners partners;
    private String noticeId;

    @BeforeEach
    void setUp() {
        partners = new RegisteredPartners(service);
        noticeId = "ntc_" + UUID.randomUUID().toString().replace("-", "");
    }

    @AfterEach
    void tearDown() {
        db.update("DELETE FROM acknowledgement WHERE notice_id = ?", noticeId);
        partners.removeAll(db);
    }

    @Test
    void aPulledNoticeCarriesTheWebhookBodyAndItsAcknowledgementReachesTakedown() {
        RegisteredPartner meta = partners.register("Meta", null, "MESSENGER");
        ConsumerTask<String, String> acks = kafka.consumeStrings().fromTopics(Topics.ACKS);

        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.NOTICES, noticeId,
                new CloudEventCodec(mapper).write(CloudEvent.of(EventType.NOTICE_REQUESTED, "takedown-service", noticeId,
                        Instant.now(), notice())))).awaitCompletion();

        JsonPath pulled = await().atMost(Duration.ofSeconds(30)).until(() -> given()
                .header("Authorization", "Bearer " + meta.apiKey()).when().get("/v1/partner/notices?status=PENDING")
                .then().statusCode(200).extract().jsonPath(), page -> page.getList("items.noticeId").contains(noticeId));
        Map<String, Object> item = pulled.getList("items", Map.class).stream()
                .filter(i -> noticeId.equals(i.get("noticeId"))).findFirst().orElseThrow();
        String sealed = (String) db.query("SELECT payload FROM notice WHERE notice_id = ?", noticeId).get(0).get("payload");
        // At rest the body is ciphertext (it names the victim when they shared their identity); pulled, it is the body.
        assertThat(sealed).startsWith("sealed:").doesNotContain("removal_request");
        String stored = new org.ncii.notifier.delivery.repository.SealedMessage().convertToEntityAttribute(sealed);
        com.fasterxml.jackson.databind.JsonNode pulledPayload = mapper.valueToTree(item.get("payload"));
        assertThat(pulledPayload).isEqualTo(read(stored));
        assertThat(read(stored).path("type").asText()).isEqualTo("removal_request.created");

        given().header("Authorization", "Bearer " + meta.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("status", "RECEIVED", "reference", "META-1"))
                .when().post("/v1/partner/notices/" + noticeId + "/acknowledgements")
                .then().statusCode(202).body("noticeId", equalTo(noticeId));

        await().atMost(Duration.ofSeconds(30)).until(() -> acks.getRecords().stream().anyMatch(r -> noticeId.equals(r.key())
                && r.value().contains("\"acknowledgement.received\"")));
        acks.stop();
    }

    private NoticeRequested notice() {
        return new NoticeRequested(noticeId, "TD-PULL-1", "MESSENGER", List.of("US_TAKE_IT_DOWN_ACT"), 48, false,
                List.of(new NoticeItem("itm_1", "https://messenger.example/c/1", "1",
                        List.of(new ContentHash(HashAlgorithm.SHA256, "b".repeat(64), null, null)))),
                new Declarations(true, true, true),
                new Requester("Caseworker 3", "Example Helpline", "help@helpline.example", null, "Caseworker 3", false),
                null, "Removal request", "Please remove ...", Instant.now());
    }

    private com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
