package org.ncii.notifier.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.events.Topics;
import org.ncii.testkit.TestDatabase;

/** Acknowledgements: published once on takedown.acks.v1, idempotent on the same body, and only ever forward. */
@QuarkusTest
class AcknowledgementTest {
    @Inject
    PartnerService service;

    @Inject
    ObjectMapper mapper;

    TestDatabase db;
    KafkaCompanion kafka;

    private RegisteredPartners partners;
    private RegisteredPartner partner;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void setUp() {
        partners = new RegisteredPartners(service);
        partner = partners.register("Aylo", null, "PORNHUB");
    }

    @AfterEach
    void tearDown() {
        notices.forEach(id -> StoredNotices.remove(db, id));
        partners.removeAll(db);
    }

    @Test
    void anAcknowledgementIsPublishedOnTheAcksTopicKeyedByNotice() {
        ConsumerTask<String, String> acks = kafka.consumeStrings().fromTopics(Topics.ACKS);
        String noticeId = notice();

        String ackId = acknowledge(noticeId, Map.of("status", "REMOVED", "actionedAt", "2026-11-28T08:30:00Z",
                "reference", "AYLO-4711"))
                .statusCode(202).body("acknowledgementId", startsWith("ack_")).body("status", equalTo("REMOVED"))
                .extract().path("acknowledgementId");

        await().atMost(Duration.ofSeconds(30)).until(() -> !events(acks, noticeId).isEmpty());
        acks.stop();
        JsonNode event = events(acks, noticeId).get(0);
        assertThat(event.path("type").asText()).isEqualTo("acknowledgement.received");
        JsonNode data = event.path("data");
        assertThat(data.path("acknowledgementId").asText()).isEqualTo(ackId);
        assertThat(data.path("noticeId").asText()).isEqualTo(noticeId);
        assertThat(data.path("platform").asText()).isEqualTo("PORNHUB");
        assertThat(data.path("partnerId").asText()).isEqualTo(partner.partnerId());
        assertThat(data.path("status").asText()).isEqualTo("REMOVED");
        assertThat(data.path("reference").asText()).isEqualTo("AYLO-4711");
        assertThat(Instant.parse(data.path("actionedAt").asText())).isEqualTo(Instant.parse("2026-11-28T08:30:00Z"));
    }

    @Test
    void theSameAcknowledgementTwiceIsRecordedAndPublishedOnce() {
        String noticeId = notice();
        Map<String, Object> body = Map.of("status", "RECEIVED", "actionedAt", "2026-11-28T08:30:00.123456789Z", "reference", "T-1");

        String first = acknowledge(noticeId, body).statusCode(202).extract().path("acknowledgementId");
        String second = acknowledge(noticeId, body).statusCode(202).extract().path("acknowledgementId");

        assertThat(second).isEqualTo(first);
        assertThat(db.count("SELECT count(*) FROM acknowledgement WHERE notice_id = ?", noticeId)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE message_key = ? AND type = 'acknowledgement.received'",
                noticeId)).isEqualTo(1);
        acknowledge(noticeId, Map.of("status", "RECEIVED", "reference", "T-2")).statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aStatusMovesForwardButNeverBack() {
        String noticeId = notice();

        String received = acknowledge(noticeId, Map.of("status", "RECEIVED")).statusCode(202).extract().path("acknowledgementId");
        acknowledge(noticeId, Map.of("status", "NEEDS_INFO", "reason", "the exact timestamp in the video")).statusCode(202);
        acknowledge(noticeId, Map.of("status", "REMOVED")).statusCode(202);
        acknowledge(noticeId, Map.of("status", "RECEIVED", "reference", "new")).statusCode(409)
                .contentType("application/problem+json");
        acknowledge(noticeId, Map.of("status", "REJECTED", "reason", "changed our mind")).statusCode(409);
        // A late retry of the very request already on record is a repeat, not a step back: same answer, no change.
        acknowledge(noticeId, Map.of("status", "RECEIVED")).statusCode(202).body("acknowledgementId", equalTo(received));

        assertThat(db.query("SELECT status FROM acknowledgement WHERE notice_id = ? ORDER BY rank", noticeId))
                .extracting(r -> r.get("status")).containsExactly("RECEIVED", "NEEDS_INFO", "REMOVED");
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE message_key = ?", noticeId)).isEqualTo(3);
    }

    @Test
    void anEarlierStatusAfterALaterOneIsA409() {
        String noticeId = notice();

        acknowledge(noticeId, Map.of("status", "REJECTED", "reason", "not on our service")).statusCode(202);
        acknowledge(noticeId, Map.of("status", "RECEIVED")).statusCode(409).contentType("application/problem+json");
        acknowledge(noticeId, Map.of("status", "NEEDS_INFO", "reason", "more")).statusCode(409);
        acknowledge(noticeId, Map.of("status", "REMOVED")).statusCode(409);

        assertThat(db.query("SELECT status FROM acknowledgement WHERE notice_id = ?", noticeId))
                .extracting(r -> r.get("status")).containsExactly("REJECTED");
    }

    @Test
    void aRejectionWithoutReasonAndOtherBadBodiesAreA400NamingTheField() {
        String noticeId = notice();

        acknowledge(noticeId, Map.of("status", "REJECTED")).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"));
        acknowledge(noticeId, Map.of("status", "NEEDS_INFO", "reason", " ")).statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        acknowledge(noticeId, Map.of("status", "GONE")).statusCode(400).body("violations[0].field", equalTo("status"));
        acknowledge(noticeId, Map.of("reason", "no status")).statusCode(400).body("violations[0].field", equalTo("status"));
        acknowledge(noticeId, Map.of("status", "REMOVED", "actionedAt", "yesterday")).statusCode(400)
                .body("violations[0].field", equalTo("actionedAt"));
        acknowledge(noticeId, Map.of("status", "REMOVED", "actionedAt", "2099-01-01T00:00:00Z")).statusCode(400)
                .body("violations[0].field", equalTo("actionedAt"));

        assertThat(db.count("SELECT count(*) FROM acknowledgement WHERE notice_id = ?", noticeId)).isZero();
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE message_key = ?", noticeId)).isZero();
    }

    private String notice() {
        String id = StoredNotices.insert(db, partner.partnerId(), "PORNHUB", "DELIVERED", Instant.now());
        notices.add(id);
        return id;
    }

    private ValidatableResponse acknowledge(String noticeId, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + partner.apiKey()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/partner/notices/" + noticeId + "/acknowledgements").then();
    }

    private List<JsonNode> events(ConsumerTask<String, String> records, String noticeId) {
        return records.getRecords().stream().filter(r -> noticeId.equals(r.key())).map(r -> {
            try {
                return mapper.readTree(r.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(e -> "acknowledgement.received".equals(e.path("type").asText())).toList();
    }
}
