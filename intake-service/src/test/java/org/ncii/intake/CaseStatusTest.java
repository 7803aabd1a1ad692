package org.ncii.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.ItemStatus;
import org.ncii.events.RequestStatus;
import org.ncii.testkit.TestDatabase;

/** The status endpoint answers from intake's read model, fed by takedown's case-status snapshots. */
@QuarkusTest
class CaseStatusTest {
    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void statusFollowsTheNewestSnapshotAndIgnoresOlderAndRepeatedOnes() {
        Reports.Receipt receipt = Reports.submit();
        String caseRef = receipt.caseRef();
        Response before = Reports.status(caseRef, receipt.accessCode());
        before.then().statusCode(200).body("status", equalTo("SUBMITTED")).body("items.status", equalTo(List.of("PENDING", "PENDING")));
        String itemId = before.path("items[0].itemId");
        String url = before.path("items[0].url");
        Instant due = Instant.parse("2026-12-01T10:00:00Z");

        String newest = Reports.publishStatus(kafka, caseRef, "IN_PROGRESS", 3,
                List.of(new ItemStatus(itemId, url, "YOUTUBE", RequestStatus.SENT, due, Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Reports.status(caseRef, receipt.accessCode()).then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("items[0].platform", equalTo("YOUTUBE"))
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].dueAt", equalTo("2026-12-01T10:00:00Z")));

        String older = Reports.publishStatus(kafka, caseRef, "NEW", 2,
                List.of(new ItemStatus(itemId, url, "YOUTUBE", RequestStatus.PENDING, null, Instant.now())));
        awaitProcessed(older);
        Reports.status(caseRef, receipt.accessCode()).then().body("status", equalTo("IN_PROGRESS"))
                .body("items[0].status", equalTo("SENT"));

        // Take the version guard away: only the event-id record can now stop the repeated snapshot.
        db.update("UPDATE intake_case SET status = 'PROBE', status_version = 0 WHERE case_ref = ?", caseRef);
        Reports.publish(kafka, caseRef, newest);
        awaitProcessed(Reports.publishStatus(kafka, caseRef, "SYNC", 0, List.of()));
        Reports.status(caseRef, receipt.accessCode()).then().body("status", equalTo("PROBE"));
        assertThat(db.count("SELECT count(*) FROM processed_event WHERE event_id = ?", Reports.read(newest).path("id").asText())).isOne();
    }

    @Test
    void wrongCodeAndUnknownCaseAnswerTheSame404() {
        Reports.Receipt receipt = Reports.submit();

        Response wrongCode = Reports.status(receipt.caseRef(), "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG");
        Response unknownCase = Reports.status("TD-2222-3333", receipt.accessCode());
        Response malformedRef = Reports.status("not-a-case-" + "x".repeat(200), receipt.accessCode());

        wrongCode.then().statusCode(404).contentType("application/problem+json");
        assertThat(unknownCase.statusCode()).isEqualTo(404);
        assertThat(unknownCase.asString()).isEqualTo(wrongCode.asString());
        assertThat(malformedRef.asString()).isEqualTo(wrongCode.asString());
        assertThat(unknownCase.contentType()).isEqualTo(wrongCode.contentType());
    }

    @Test
    void referenceAndCodeAreAcceptedInAnyCaseAndTheCodeWithoutDashes() {
        Reports.Receipt receipt = Reports.submit();
        Reports.status(receipt.caseRef().toLowerCase(), receipt.accessCode().replace("-", "").toLowerCase()).then()
                .statusCode(200).body("caseRef", equalTo(receipt.caseRef()));
    }

    private void awaitProcessed(String envelope) {
        String id = Reports.read(envelope).path("id").asText();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("SELECT count(*) FROM processed_event WHERE event_id = ?", id) == 1);
    }
}
