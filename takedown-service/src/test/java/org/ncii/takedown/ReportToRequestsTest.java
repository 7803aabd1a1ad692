package org.ncii.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.EventType;
import org.ncii.events.Topics;
import org.ncii.testkit.TestDatabase;

/** A submitted report becomes one removal request per platform, each published for the notifier, exactly once. */
@QuarkusTest
class ReportToRequestsTest {
    @Inject
    TestEvents events;

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void multiPlatformReportMakesOneRequestPerPlatformAndPublishesEachNotice() {
        String caseRef = TestEvents.caseRef("TD-MULTI");
        ConsumerTask<String, String> notices = kafka.consumeStrings().fromTopics(Topics.NOTICES);
        events.send(kafka, EventType.REPORT_SUBMITTED, caseRef, TestEvents.report(caseRef, "GB", false,
                "https://www.facebook.com/photo/?fbid=1001", "https://m.facebook.com/story.php?story_fbid=1002",
                "https://www.instagram.com/p/Cabc123/", "https://x.com/someone/status/123456789",
                "https://i.redd.it/abc123.jpg"));

        await().atMost(Duration.ofSeconds(30)).until(() -> noticesFor(notices, caseRef).size() == 4);
        Map<String, Long> itemsByPlatform = db.query("SELECT r.platform, count(i.id) AS n FROM removal_request r"
                        + " JOIN request_item i ON i.request_id = r.id WHERE r.case_ref = ? GROUP BY r.platform", caseRef)
                .stream().collect(Collectors.toMap(r -> (String) r.get("platform"), r -> ((Number) r.get("n")).longValue()));
        assertThat(itemsByPlatform).containsOnly(Map.entry("FACEBOOK", 2L), Map.entry("INSTAGRAM", 1L),
                Map.entry("X", 1L), Map.entry("REDDIT", 1L));

        for (JsonNode notice : noticesFor(notices, caseRef)) {
            String noticeId = notice.path("data").path("noticeId").asText();
            assertThat(db.count("SELECT count(*) FROM removal_request WHERE id = ?::uuid AND status = 'PENDING'", noticeId))
                    .isEqualTo(1);
            assertThat(notice.path("data").path("legalBases").toString())
                    .contains("UK_SOA_66B").contains("PLATFORM_POLICY");
            assertThat(notice.path("data").path("responseDeadlineHours").asInt()).isPositive();
            assertThat(notice.path("data").path("letter").asText()).isNotBlank();
        }
        notices.stop();
    }

    @Test
    void usResidentsNoticeCarriesTheTakeItDownActWithItsFortyEightHours() {
        String caseRef = TestEvents.caseRef("TD-US");
        ConsumerTask<String, String> notices = kafka.consumeStrings().fromTopics(Topics.NOTICES);
        events.send(kafka, EventType.REPORT_SUBMITTED, caseRef,
                TestEvents.report(caseRef, "US", false, "https://www.facebook.com/photo/?fbid=2001"));

        await().atMost(Duration.ofSeconds(30)).until(() -> noticesFor(notices, caseRef).size() == 1);
        JsonNode data = noticesFor(notices, caseRef).get(0).path("data");
        assertThat(data.path("legalBases").toString()).contains("US_TAKE_IT_DOWN_ACT").doesNotContain("UK_SOA_66B");
        assertThat(data.path("responseDeadlineHours").asInt()).isEqualTo(48);
        notices.stop();
    }

    @Test
    void theSameReportDeliveredTwiceCreatesNothingNew() {
        String caseRef = TestEvents.caseRef("TD-TWICE");
        String envelope = events.send(kafka, EventType.REPORT_SUBMITTED, caseRef,
                TestEvents.report(caseRef, "DE", false, "https://www.tiktok.com/@someone/video/7000000000000000001"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("SELECT count(*) FROM removal_request WHERE case_ref = ?", caseRef) == 1);
        long outboxBefore = db.count("SELECT count(*) FROM outbox_event WHERE message_key = ? OR envelope LIKE ?",
                caseRef, "%" + caseRef + "%");

        events.resend(kafka, EventType.REPORT_SUBMITTED, caseRef, envelope);
        // A later event with the same key (so the same partition) proves the duplicate was consumed before we look.
        String marker = TestEvents.caseRef("TD-MARK");
        events.send(kafka, EventType.REPORT_SUBMITTED, caseRef,
                TestEvents.report(marker, "DE", false, "https://www.tiktok.com/@x/video/7000000000000000002"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("SELECT count(*) FROM removal_request WHERE case_ref = ?", marker) == 1);

        assertThat(db.count("SELECT count(*) FROM removal_request WHERE case_ref = ?", caseRef)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE message_key = ? OR envelope LIKE ?",
                caseRef, "%" + caseRef + "%")).isEqualTo(outboxBefore);
        assertThat(db.count("SELECT status_version FROM takedown_case WHERE case_ref = ?", caseRef)).isEqualTo(1);
    }

    @Test
    void minorsCaseIsMarkedForChildProtectionAndPrioritised() {
        String caseRef = TestEvents.caseRef("TD-MINOR");
        events.send(kafka, EventType.REPORT_SUBMITTED, caseRef,
                TestEvents.report(caseRef, "GB", true, "https://www.instagram.com/p/Cminor1/"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("SELECT count(*) FROM removal_request WHERE case_ref = ?", caseRef) == 1);
        Map<String, Object> row = db.query("SELECT r.child_protection, r.priority, c.priority AS case_priority"
                + " FROM removal_request r JOIN takedown_case c ON c.case_ref = r.case_ref WHERE r.case_ref = ?", caseRef).get(0);
        assertThat(row.get("child_protection")).isEqualTo(true);
        assertThat(((Number) row.get("case_priority")).intValue()).isEqualTo(TakedownCase.PRIORITY_MINOR);
    }

    private List<JsonNode> noticesFor(ConsumerTask<String, String> task, String caseRef) {
        return task.getRecords().stream().map(r -> events.json(r.value()))
                .filter(e -> "notice.requested".equals(e.path("type").asText()))
                .filter(e -> caseRef.equals(e.path("data").path("caseRef").asText()))
                .toList();
    }
}
