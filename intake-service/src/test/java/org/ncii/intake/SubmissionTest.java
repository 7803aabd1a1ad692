package org.ncii.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.Topics;
import org.ncii.testkit.TestDatabase;

/** A valid report becomes a case with sealed personal data and one report.submitted event free of identity. */
@QuarkusTest
class SubmissionTest {
    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void validReportIsStoredSealedAndPublishedWithoutIdentity() {
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(Topics.REPORTS);
        io.restassured.response.Response response = Reports.post(Reports.valid());
        response.then().statusCode(202)
                .body("caseRef", matchesPattern("TD-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"))
                .body("accessCode", matchesPattern("([2-9A-HJ-NP-Z]{4}-){6}[2-9A-HJ-NP-Z]{2}"))
                .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .body("links.self", org.hamcrest.Matchers.endsWith("/v1/reports/" + response.path("caseRef")));
        String caseRef = response.path("caseRef");

        Map<String, Object> row = db.query("SELECT * FROM intake_case WHERE case_ref = ?", caseRef).get(0);
        for (String column : List.of("reporter_name_ct", "reporter_email_ct", "reporter_phone_ct", "signature_ct")) {
            byte[] stored = (byte[]) row.get(column);
            assertThat(stored).as(column).isNotEmpty();
            String asText = new String(stored, StandardCharsets.ISO_8859_1);
            assertThat(asText).doesNotContain(Reports.NAME).doesNotContain(Reports.EMAIL).doesNotContain(Reports.PHONE);
        }
        assertThat(row.get("reporter_name_key")).isNotNull();
        assertThat(row.get("access_code_hash")).isInstanceOf(byte[].class);
        assertThat(new String((byte[]) row.get("access_code_hash"), StandardCharsets.ISO_8859_1))
                .doesNotContain((String) response.path("accessCode"));
        List<Map<String, Object>> items = db.query(
                "SELECT i.* FROM report_item i JOIN intake_case c ON c.id = i.case_id WHERE c.case_ref = ? ORDER BY position", caseRef);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("url").toString()).startsWith("https://videos.example.com/watch?v=").doesNotContain("utm_", "#", ":443");
        assertThat(new String((byte[]) items.get(0).get("description_ct"), StandardCharsets.ISO_8859_1)).doesNotContain("summerhouse");
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE message_key = ? AND type = 'report.submitted'", caseRef)).isOne();

        JsonNode event = awaitEvent(records, caseRef);
        assertThat(event.path("type").asText()).isEqualTo("report.submitted");
        assertThat(event.path("source").asText()).isEqualTo("urn:ncii-takedown:intake-service");
        JsonNode data = event.path("data");
        assertThat(data.path("items")).hasSize(2);
        assertThat(data.path("items").get(0).path("itemId").asText()).isEqualTo(items.get(0).get("id"));
        assertThat(data.path("items").get(0).path("hashes").get(0).path("algorithm").asText()).isEqualTo("PDQ");
        JsonNode variant = data.path("items").get(0).path("hashes").get(1);
        assertThat(variant.path("variant").asText()).isEqualTo("FLIP_Y");
        assertThat(variant.path("quality").asInt()).isEqualTo(90);
        assertThat(data.path("countryOfResidence").asText()).isEqualTo("GB");
        assertThat(data.path("reporterRole").asText()).isEqualTo("VICTIM");
        assertThat(data.path("shareIdentityWithPlatforms").asBoolean()).isFalse();
        assertThat(data.path("identity").isNull() || data.path("identity").isMissingNode()).isTrue();
        assertThat(event.toString()).doesNotContain(Reports.NAME, Reports.EMAIL, Reports.PHONE, "summerhouse");

        // Once the broker has the event, the outbox row keeps no copy of it.
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count(
                "SELECT count(*) FROM outbox_event WHERE message_key = ? AND sent_at IS NOT NULL AND envelope = ''", caseRef) == 1);
    }

    @Test
    void identityTravelsOnlyWhenTheVictimChoseToShareIt() {
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(Topics.REPORTS);
        ObjectNode body = Reports.valid().put("shareIdentityWithPlatforms", true);
        String caseRef = Reports.submit(body).caseRef();

        JsonNode identity = awaitEvent(records, caseRef).path("data").path("identity");
        assertThat(identity.path("name").asText()).isEqualTo(Reports.NAME);
        assertThat(identity.path("email").asText()).isEqualTo(Reports.EMAIL);
        assertThat(identity.path("signature").asText()).isEqualTo(Reports.NAME);
    }

    @Test
    void urlsThatNormaliseAlikeBecomeOneItemWithTheirHashesMerged() {
        ObjectNode body = Reports.valid();
        String url = "https://clips.example.org/v/" + System.nanoTime();
        body.withArray("content").removeAll();
        body.withArray("content").addObject().put("url", url + "?utm_campaign=x")
                .putArray("hashes").addObject().put("algorithm", "MD5").put("value", "A".repeat(32));
        body.withArray("content").addObject().put("url", url.replace("https://clips", "HTTPS://CLIPS") + "#frag")
                .putArray("hashes").addObject().put("algorithm", "SHA256").put("value", "b".repeat(64));
        Reports.Receipt receipt = Reports.submit(body);

        Reports.status(receipt.caseRef(), receipt.accessCode()).then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.is(1))
                .body("items[0].url", org.hamcrest.Matchers.equalTo(url))
                .body("items[0].status", org.hamcrest.Matchers.equalTo("PENDING"))
                .body("items[0].platform", nullValue());
        assertThat(db.query("SELECT i.hashes FROM report_item i JOIN intake_case c ON c.id = i.case_id WHERE c.case_ref = ?",
                receipt.caseRef()).get(0).get("hashes").toString()).contains("a".repeat(32), "b".repeat(64));
    }

    static JsonNode awaitEvent(ConsumerTask<String, String> records, String caseRef) {
        await().atMost(Duration.ofSeconds(30)).until(() -> records.getRecords().stream().anyMatch(r -> caseRef.equals(r.key())));
        records.stop();
        return records.getRecords().stream().filter(r -> caseRef.equals(r.key()))
                .map(r -> Reports.read(r.value())).findFirst().orElseThrow();
    }
}
