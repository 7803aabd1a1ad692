package org.ncii.takedown;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.DeliveryOutcome;
import org.ncii.testkit.TestDatabase;

/** A caseworker's actions change a request only where its state allows, and every one lands on the timeline. */
@QuarkusTest
class StaffActionsTest {
    private static final String STAFF = "caseworker@helpline.test";

    @Inject
    TestEvents events;

    @Inject
    TestClock clock;

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void manualSubmissionNeedsThePlatformsReferenceAndStartsTheClock() {
        String caseRef = TestEvents.caseRef("TD-HAND");
        String id = events.openCase(kafka, db, caseRef, "GB", false, "https://www.facebook.com/photo/?fbid=6001").get(0);
        events.deliver(kafka, id, caseRef, DeliveryOutcome.MANUAL_REQUIRED, clock.instant());
        org.awaitility.Awaitility.await().until(() -> db.count(
                "SELECT count(*) FROM removal_request WHERE id = ?::uuid AND attention = 'MANUAL_REQUIRED'", id) == 1);

        act(id, Map.of("action", "MARK_SUBMITTED", "note", "filed on the web form")).statusCode(400)
                .body("violations[0].field", equalTo("reference"));
        act(id, Map.of("action", "MARK_SUBMITTED", "reference", "FB-CASE-991", "note", "filed on the web form"))
                .statusCode(200)
                .body("status", equalTo("SENT"))
                .body("platformReference", equalTo("FB-CASE-991"))
                .body("dueAt", notNullValue())
                .body("attention", equalTo(null));
        Map<String, Object> entry = db.query("SELECT actor, actor_name, why FROM timeline_entry WHERE request_id = ?::uuid"
                + " AND what = 'MARK_SUBMITTED'", id).get(0);
        assertThat(entry).containsEntry("actor", "STAFF").containsEntry("actor_name", STAFF);
        assertThat((String) entry.get("why")).contains("FB-CASE-991").contains("filed on the web form");
    }

    @Test
    void resendPublishesTheSameNoticeAgain() {
        String caseRef = TestEvents.caseRef("TD-RESEND");
        String id = events.openCase(kafka, db, caseRef, "GB", false, "https://www.facebook.com/photo/?fbid=6002").get(0);
        act(id, Map.of("action", "RESEND", "note", "partner lost it")).statusCode(200).body("status", equalTo("PENDING"));
        var sent = events.outbox(db, "notice.requested", id);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).path("data").path("noticeId").asText()).isEqualTo(id);
        assertThat(sent.get(1).path("data").path("letter").asText()).isEqualTo(sent.get(0).path("data").path("letter").asText());
    }

    @Test
    void actionsTheStateForbidsAre409AndRecorded() {
        String caseRef = TestEvents.caseRef("TD-REFUSE");
        String id = events.openCase(kafka, db, caseRef, "GB", false, "https://www.facebook.com/photo/?fbid=6003").get(0);

        act(id, Map.of("action", "ESCALATE", "note", "too early")).statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("PENDING"));
        assertThat(TestEvents.status(db, id)).isEqualTo("PENDING");
        assertThat(db.count("SELECT count(*) FROM timeline_entry WHERE request_id = ?::uuid AND what = 'REFUSED'"
                + " AND actor = 'STAFF'", id)).isEqualTo(1);

        act(id, Map.of("action", "CLOSE", "note", "duplicate of another case")).statusCode(200).body("status", equalTo("CLOSED"));
        for (String action : new String[] {"RESEND", "MARK_REMOVED", "ESCALATE", "CLOSE"}) {
            act(id, Map.of("action", action)).statusCode(409);
        }
        act(id, Map.of("action", "MARK_SUBMITTED", "reference", "X-1")).statusCode(409);
        assertThat(TestEvents.status(db, id)).isEqualTo("CLOSED");
        assertThat(db.count("SELECT count(*) FROM timeline_entry WHERE request_id = ?::uuid AND what = 'REFUSED'", id))
                .isEqualTo(6);
        assertThat(events.outbox(db, "notice.requested", id)).hasSize(1);
    }

    @Test
    void markRemovedAfterCheckingAndEscalateARejection() {
        String caseRef = TestEvents.caseRef("TD-CHECK");
        var ids = events.openCase(kafka, db, caseRef, "GB", false,
                "https://www.facebook.com/photo/?fbid=6004", "https://www.instagram.com/p/Cesc/");
        events.deliver(kafka, ids.get(0), caseRef, DeliveryOutcome.DELIVERED, clock.instant());
        events.acknowledge(kafka, ids.get(1), caseRef, org.ncii.events.AcknowledgementStatus.REJECTED, "not a violation");
        TestEvents.awaitStatus(db, ids.get(0), "SENT");
        TestEvents.awaitStatus(db, ids.get(1), "REJECTED");

        act(ids.get(0), Map.of("action", "MARK_REMOVED", "note", "checked: page gone")).statusCode(200)
                .body("status", equalTo("REMOVED")).body("removedAt", notNullValue());
        act(ids.get(1), Map.of("action", "ESCALATE", "note", "policy clearly covers it")).statusCode(200)
                .body("status", equalTo("REJECTED")).body("escalatedAt", notNullValue());
        assertThat((String) db.query("SELECT why FROM timeline_entry WHERE request_id = ?::uuid AND what = 'ESCALATE'",
                ids.get(1)).get(0).get("why")).contains("Ofcom");
    }

    @Test
    void theNoticeIsShownExactlyAsGenerated() {
        String caseRef = TestEvents.caseRef("TD-READ");
        String id = events.openCase(kafka, db, caseRef, "US", false, "https://www.facebook.com/photo/?fbid=6005").get(0);
        String letter = events.outbox(db, "notice.requested", id).get(0).path("data").path("letter").asText();
        given().auth().oauth2(StaffTokens.staff(STAFF)).when().get("/v1/removal-requests/" + id).then()
                .statusCode(200)
                .body("platform", equalTo("FACEBOOK"))
                .body("structured.noticeId", equalTo(id))
                .body("structured.legalBases", org.hamcrest.Matchers.hasItem("US_TAKE_IT_DOWN_ACT"))
                .body("legalBases.find { it.basis == 'US_TAKE_IT_DOWN_ACT' }.regulatorRoute", containsString("Federal Trade"))
                .body("letter", equalTo(letter));
    }

    @Test
    void anUnknownActionIs400NamingTheField() {
        given().auth().oauth2(StaffTokens.staff(STAFF)).contentType(ContentType.JSON).body("{\"action\":\"DELETE\"}")
                .when().post("/v1/removal-requests/" + java.util.UUID.randomUUID() + "/actions").then()
                .statusCode(400).body("violations[0].field", equalTo("action"));
    }

    private ValidatableResponse act(String id, Map<String, String> body) {
        return given().auth().oauth2(StaffTokens.staff(STAFF)).contentType(ContentType.JSON).body(body)
                .when().post("/v1/removal-requests/" + id + "/actions").then();
    }
}
