package org.ncii.takedown;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.Declarations;
import org.ncii.events.EventType;
import org.ncii.events.ReportSubmitted;
import org.ncii.events.ReportWithdrawn;
import org.ncii.events.ReportedItem;
import org.ncii.events.ReporterRole;
import org.ncii.events.SharedIdentity;
import org.ncii.testkit.TestDatabase;

/** A notice naming the victim is sealed at rest, readable by staff, and erased when the victim withdraws. */
@QuarkusTest
class SharedIdentityTest {
    private static final String NAME = "Alexandra Testperson";

    @Inject
    TestEvents events;

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void victimsOwnIdentityIsSealedAtRestAndErasedOnWithdrawal() {
        String caseRef = TestEvents.caseRef("TD-IDENT");
        events.send(kafka, EventType.REPORT_SUBMITTED, caseRef, new ReportSubmitted(caseRef, Instant.now(),
                ReporterRole.VICTIM, "GB", false, true, new Declarations(true, true, true),
                List.of(new ReportedItem("item-1", "https://www.facebook.com/photo/?fbid=8001", List.of())),
                new SharedIdentity(NAME, "alexandra@example.test", "+44 7700 900123", NAME)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("SELECT count(*) FROM removal_request WHERE case_ref = ?", caseRef) == 1);
        Map<String, Object> stored = db.query("SELECT id::text AS id, letter, notice FROM removal_request WHERE case_ref = ?",
                caseRef).get(0);
        assertThat((String) stored.get("letter")).startsWith("sealed:test-1:").doesNotContain(NAME);
        assertThat((String) stored.get("notice")).startsWith("sealed:test-1:").doesNotContain("alexandra@example.test");
        String id = (String) stored.get("id");

        given().auth().oauth2(StaffTokens.staff("caseworker@helpline.test")).when().get("/v1/removal-requests/" + id)
                .then().statusCode(200)
                .body("letter", containsString(NAME))
                .body("structured.requester.victimIdentityShared", equalTo(true))
                .body("erased", equalTo(false));

        events.send(kafka, EventType.REPORT_WITHDRAWN, caseRef, new ReportWithdrawn(caseRef, Instant.now()));
        TestEvents.awaitStatus(db, id, "WITHDRAWN");
        assertThat(db.count("SELECT count(*) FROM removal_request WHERE id = ?::uuid AND letter IS NULL AND notice IS NULL", id))
                .isEqualTo(1);
        given().auth().oauth2(StaffTokens.staff("caseworker@helpline.test")).when().get("/v1/removal-requests/" + id)
                .then().statusCode(200).body("erased", equalTo(true));
    }
}
