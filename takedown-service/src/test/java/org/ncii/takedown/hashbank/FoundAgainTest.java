package org.ncii.takedown.hashbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.EventType;
import org.ncii.events.PartnerMatchReported;
import org.ncii.events.Topics;
import org.ncii.takedown.TestEvents;
import org.ncii.testkit.TestDatabase;

/**
 * A partner's "found again" report puts an entry on the case's timeline and publishes the case's status, once, with
 * every copy found so far for the victim's page.
 */
@QuarkusTest
class FoundAgainTest {
    @Inject
    TestEvents events;

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void aCopyFoundAgainReachesTheTimelineAndTheCaseStatusOnce() {
        String caseRef = TestEvents.caseRef("TD-AGAIN");
        ConsumerTask<String, String> statuses = kafka.consumeStrings().fromTopics(Topics.CASE_STATUS);
        String noticeId = events.openCase(kafka, db, caseRef, "GB", false, "https://www.tiktok.com/@x/video/7").get(0);
        long version = db.count("SELECT status_version FROM takedown_case WHERE case_ref = ?", caseRef);

        PartnerMatchReported match = new PartnerMatchReported("mch_" + UUID.randomUUID(), noticeId, caseRef, "TIKTOK",
                "partner-tiktok", "ab".repeat(32), "https://www.tiktok.com/@y/video/8", "REMOVED",
                Instant.parse("2026-11-28T09:00:00Z"), Instant.now());
        String envelope = events.send(kafka, EventType.PARTNER_MATCH_REPORTED, noticeId, match);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM timeline_entry WHERE case_ref = ? AND what = 'FOUND_AGAIN'", caseRef) == 1);
        assertThat(db.query("SELECT why, actor, actor_name FROM timeline_entry WHERE case_ref = ? AND what = 'FOUND_AGAIN'",
                caseRef).get(0)).containsEntry("actor", "PARTNER").containsEntry("actor_name", "partner-tiktok")
                .hasEntrySatisfying("why", why -> assertThat((String) why).startsWith("found again on TIKTOK and removed"));
        assertThat(db.count("SELECT status_version FROM takedown_case WHERE case_ref = ?", caseRef)).isEqualTo(version + 1);

        events.resend(kafka, EventType.PARTNER_MATCH_REPORTED, noticeId, envelope);
        // A second, different report behind the repeat on the same key: once it shows, the repeat was seen.
        events.send(kafka, EventType.PARTNER_MATCH_REPORTED, noticeId, new PartnerMatchReported("mch_" + UUID.randomUUID(),
                noticeId, caseRef, "TIKTOK", "partner-tiktok", "ab".repeat(32), "https://www.tiktok.com/@z/video/9",
                "BLOCKED", Instant.parse("2026-11-28T10:00:00Z"), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM timeline_entry WHERE case_ref = ? AND why LIKE 'found again on TIKTOK and blocked%'",
                caseRef) == 1);
        assertThat(db.count("SELECT count(*) FROM timeline_entry WHERE case_ref = ? AND what = 'FOUND_AGAIN'", caseRef))
                .isEqualTo(2);

        // Intake learns both copies from the published snapshots: platform, action and dates, nothing more.
        await().atMost(Duration.ofSeconds(30)).until(() -> latest(statuses, caseRef).path("foundAgain").size() == 2);
        JsonNode foundAgain = latest(statuses, caseRef).path("foundAgain");
        assertThat(foundAgain.get(0).path("platform").asText()).isEqualTo("TIKTOK");
        assertThat(foundAgain.get(0).path("actionTaken").asText()).isEqualTo("REMOVED");
        assertThat(Instant.parse(foundAgain.get(0).path("foundAt").asText())).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
        assertThat(foundAgain.get(1).path("actionTaken").asText()).isEqualTo("BLOCKED");
        assertThat(foundAgain.toString()).doesNotContain("tiktok.com").doesNotContain("ab".repeat(32))
                .doesNotContain("partner-tiktok");
        assertThat(db.count("SELECT count(*) FROM found_again WHERE case_ref = ?", caseRef)).isEqualTo(2);
        statuses.stop();
    }

    /** The case's snapshot with the highest version seen on the topic so far. */
    private JsonNode latest(ConsumerTask<String, String> task, String caseRef) {
        return task.getRecords().stream().filter(r -> caseRef.equals(r.key())).map(r -> events.json(r.value()).path("data"))
                .max(Comparator.comparingLong(d -> d.path("version").asLong())).orElse(MissingNode.getInstance());
    }
}
