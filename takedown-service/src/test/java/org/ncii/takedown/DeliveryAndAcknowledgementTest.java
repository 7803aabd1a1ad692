package org.ncii.takedown;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.AcknowledgementReceived;
import org.ncii.events.AcknowledgementStatus;
import org.ncii.events.DeliveryOutcome;
import org.ncii.events.EventType;
import org.ncii.events.Topics;
import org.ncii.testkit.TestDatabase;

/** Delivery results start the deadline clock; partner acknowledgements move requests, each applied once. */
@QuarkusTest
class DeliveryAndAcknowledgementTest {
    @Inject
    TestEvents events;

    @Inject
    TestClock clock;

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void deliveryStartsTheClockAndIntakeSeesEveryChangeWithAGrowingVersion() {
        String caseRef = TestEvents.caseRef("TD-DELIV");
        ConsumerTask<String, String> statuses = kafka.consumeStrings().fromTopics(Topics.CASE_STATUS);
        String id = events.openCase(kafka, db, caseRef, "US", false, "https://www.facebook.com/photo/?fbid=3001").get(0);
        Instant deliveredAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        String delivered = events.deliver(kafka, id, caseRef, DeliveryOutcome.DELIVERED, deliveredAt);
        TestEvents.awaitStatus(db, id, "SENT");
        Map<String, Object> row = db.query("SELECT due_at, deadline_seconds FROM removal_request WHERE id = ?::uuid", id).get(0);
        assertThat(TestEvents.instant(row, "due_at"))
                .isEqualTo(deliveredAt.plusSeconds(((Number) row.get("deadline_seconds")).longValue()));
        assertThat(((Number) row.get("deadline_seconds")).longValue()).isEqualTo(48 * 3600);

        events.resend(kafka, EventType.DELIVERY_RESULT, id, delivered);
        events.acknowledge(kafka, id, caseRef, AcknowledgementStatus.RECEIVED, null);
        TestEvents.awaitStatus(db, id, "ACKNOWLEDGED");
        assertThat(db.count("SELECT count(*) FROM timeline_entry WHERE request_id = ?::uuid AND what = 'DELIVERED'", id))
                .isEqualTo(1);
        assertThat(TestEvents.instant(db.query("SELECT due_at FROM removal_request WHERE id = ?::uuid", id).get(0), "due_at"))
                .isEqualTo(TestEvents.instant(row, "due_at"));

        await().atMost(Duration.ofSeconds(30)).until(() -> snapshots(statuses, caseRef).size() == 3);
        List<JsonNode> snapshots = snapshots(statuses, caseRef);
        assertThat(snapshots.stream().map(s -> s.path("version").asLong()).toList()).containsExactly(1L, 2L, 3L);
        JsonNode item = snapshots.get(2).path("items").get(0);
        assertThat(item.path("itemId").asText()).isEqualTo("item-1");
        assertThat(item.path("url").asText()).isEqualTo("https://www.facebook.com/photo/?fbid=3001");
        assertThat(item.path("platform").asText()).isEqualTo("FACEBOOK");
        assertThat(item.path("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(item.path("dueAt").asText()).isNotEmpty();
        statuses.stop();
    }

    @Test
    void partnerRemovalIsAppliedOnceEvenWhenTheAcknowledgementComesAgain() {
        String caseRef = TestEvents.caseRef("TD-REMOVE");
        String id = events.openCase(kafka, db, caseRef, "GB", false, "https://www.facebook.com/photo/?fbid=3002").get(0);
        events.deliver(kafka, id, caseRef, DeliveryOutcome.DELIVERED, clock.instant());
        AcknowledgementReceived removed = TestEvents.acknowledgement(id, caseRef, AcknowledgementStatus.REMOVED, null);
        String envelope = events.send(kafka, EventType.ACKNOWLEDGEMENT_RECEIVED, id, removed);
        TestEvents.awaitStatus(db, id, "REMOVED");
        long versionAfter = db.count("SELECT status_version FROM takedown_case WHERE case_ref = ?", caseRef);

        events.resend(kafka, EventType.ACKNOWLEDGEMENT_RECEIVED, id, envelope);
        // The same acknowledgement forwarded again under a new event id is a repeat too.
        events.send(kafka, EventType.ACKNOWLEDGEMENT_RECEIVED, id, removed);
        events.acknowledge(kafka, id, caseRef, AcknowledgementStatus.NEEDS_INFO, "marker");
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM timeline_entry WHERE request_id = ?::uuid AND what = 'REFUSED'", id) == 1);

        assertThat(db.count("SELECT count(*) FROM timeline_entry WHERE request_id = ?::uuid AND what = 'PARTNER_REMOVED'", id))
                .isEqualTo(1);
        assertThat(TestEvents.status(db, id)).isEqualTo("REMOVED");
        assertThat(db.count("SELECT status_version FROM takedown_case WHERE case_ref = ?", caseRef)).isEqualTo(versionAfter);
        assertThat(db.count("SELECT count(*) FROM removal_request WHERE id = ?::uuid AND removed_at IS NOT NULL"
                + " AND platform_reference = 'META-REF-1'", id)).isEqualTo(1);
    }

    @Test
    void rejectionKeepsThePartnersReasonOnTheTimeline() {
        String caseRef = TestEvents.caseRef("TD-REJECT");
        String id = events.openCase(kafka, db, caseRef, "DE", false, "https://www.facebook.com/photo/?fbid=3003").get(0);
        events.deliver(kafka, id, caseRef, DeliveryOutcome.DELIVERED, clock.instant());
        events.acknowledge(kafka, id, caseRef, AcknowledgementStatus.REJECTED, "content not found at the URL");
        TestEvents.awaitStatus(db, id, "REJECTED");
        assertThat(db.query("SELECT actor, actor_name, why FROM timeline_entry WHERE request_id = ?::uuid"
                + " AND what = 'PARTNER_REJECTED'", id).get(0))
                .containsEntry("actor", "PARTNER").containsEntry("actor_name", "partner-meta")
                .hasEntrySatisfying("why", why -> assertThat((String) why).contains("content not found at the URL"));
    }

    @Test
    void deliveryProblemsAreFlaggedForStaffWithoutChangingTheStatus() {
        String caseRef = TestEvents.caseRef("TD-MANUAL");
        List<String> ids = events.openCase(kafka, db, caseRef, "GB", false,
                "https://www.facebook.com/photo/?fbid=3004", "https://www.instagram.com/p/Cdead1/");
        events.deliver(kafka, ids.get(0), caseRef, DeliveryOutcome.MANUAL_REQUIRED, clock.instant());
        events.deliver(kafka, ids.get(1), caseRef, DeliveryOutcome.DEAD_LETTERED, clock.instant());
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM removal_request WHERE case_ref = ? AND attention IS NOT NULL", caseRef) == 2);

        given().auth().oauth2(StaffTokens.staff("caseworker@helpline.test"))
                .when().get("/v1/cases/" + caseRef).then()
                .statusCode(200)
                .body("requests.find { it.platform == 'FACEBOOK' }.attention", equalTo("MANUAL_REQUIRED"))
                .body("requests.find { it.platform == 'FACEBOOK' }.status", equalTo("PENDING"))
                .body("requests.find { it.platform == 'INSTAGRAM' }.attention", equalTo("DEAD_LETTERED"))
                .body("timeline.findAll { it.what == 'MANUAL_REQUIRED' }.size()", equalTo(1));
    }

    private List<JsonNode> snapshots(ConsumerTask<String, String> task, String caseRef) {
        return task.getRecords().stream().filter(r -> caseRef.equals(r.key())).map(r -> events.json(r.value()).path("data"))
                .toList();
    }
}
