package org.ncii.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.Topics;
import org.ncii.testkit.TestDatabase;

/** Withdrawal stops the case, erases personal data at once and tells takedown through report.withdrawn. */
@QuarkusTest
class WithdrawalTest {
    static final String PERSONAL = "reporter_name_ct, reporter_name_key, reporter_email_ct, reporter_email_key, "
            + "reporter_phone_ct, reporter_phone_key, signature_ct, signature_key";

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void withdrawalErasesPersonalDataKeepsAnonymousFactsAndEmitsTheEvent() {
        Reports.Receipt receipt = Reports.submit();
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(Topics.REPORTS);

        withdraw(receipt).then().statusCode(202)
                .body("caseRef", equalTo(receipt.caseRef()))
                .body("status", equalTo("WITHDRAWN"));

        Map<String, Object> row = db.query("SELECT " + PERSONAL + ", country_of_residence, reporter_role, minor, status, "
                + "personal_data_erased_at FROM intake_case WHERE case_ref = ?", receipt.caseRef()).get(0);
        assertThat(List.of(PERSONAL.split(", "))).allSatisfy(column -> assertThat(row.get(column)).as(column).isNull());
        assertThat(row.get("country_of_residence")).isEqualTo("GB");
        assertThat(row.get("reporter_role")).isEqualTo("VICTIM");
        assertThat(row.get("status")).isEqualTo("WITHDRAWN");
        assertThat(row.get("personal_data_erased_at")).isNotNull();
        assertThat(db.count("SELECT count(*) FROM report_item i JOIN intake_case c ON c.id = i.case_id "
                + "WHERE c.case_ref = ? AND (i.description_ct IS NOT NULL OR i.description_key IS NOT NULL)", receipt.caseRef())).isZero();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> records.getRecords().stream()
                .anyMatch(r -> receipt.caseRef().equals(r.key()) && r.value().contains("\"report.withdrawn\"")));
        records.stop();
        JsonNode event = records.getRecords().stream()
                .filter(r -> receipt.caseRef().equals(r.key()) && r.value().contains("\"report.withdrawn\""))
                .map(r -> Reports.read(r.value())).findFirst().orElseThrow();
        assertThat(event.path("data").path("caseRef").asText()).isEqualTo(receipt.caseRef());
        assertThat(event.path("data").path("withdrawnAt").isMissingNode()).isFalse();

        Reports.status(receipt.caseRef(), receipt.accessCode()).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("items.status", equalTo(List.of("WITHDRAWN", "WITHDRAWN")));
    }

    @Test
    void withdrawingTwiceEmitsOneEvent() {
        Reports.Receipt receipt = Reports.submit();
        withdraw(receipt).then().statusCode(202);
        withdraw(receipt).then().statusCode(202).body("status", equalTo("WITHDRAWN"));

        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE message_key = ? AND type = 'report.withdrawn'",
                receipt.caseRef())).isOne();
    }

    @Test
    void wrongCodeWithdrawsNothing() {
        Reports.Receipt receipt = Reports.submit();
        given().header("X-Access-Code", "2222-3333-4444-5555-6666-7777-88")
                .post("/v1/reports/{ref}/withdrawal", receipt.caseRef()).then()
                .statusCode(404).contentType("application/problem+json");

        assertThat(db.count("SELECT count(*) FROM intake_case WHERE case_ref = ? AND withdrawn_at IS NULL "
                + "AND reporter_name_ct IS NOT NULL", receipt.caseRef())).isOne();
    }

    static Response withdraw(Reports.Receipt receipt) {
        return given().header("X-Access-Code", receipt.accessCode()).post("/v1/reports/{ref}/withdrawal", receipt.caseRef());
    }
}
