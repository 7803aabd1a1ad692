package org.ncii.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.AcknowledgementStatus;
import org.ncii.events.DeliveryOutcome;
import org.ncii.events.EventType;
import org.ncii.events.ReportWithdrawn;
import org.ncii.testkit.TestDatabase;

/** A withdrawal stops every open request and tells each platform, once, even when it overtakes its report. */
@QuarkusTest
class WithdrawalTest {
    @Inject
    TestEvents events;

    @Inject
    TestClock clock;

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void withdrawalStopsEveryOpenRequestAndTellsEachPlatformOnce() {
        String caseRef = TestEvents.caseRef("TD-WDRAW");
        List<String> ids = events.openCase(kafka, db, caseRef, "GB", false,
                "https://www.facebook.com/photo/?fbid=4001", "https://www.instagram.com/p/Cwd1/", "https://x.com/a/status/41");
        events.deliver(kafka, ids.get(0), caseRef, DeliveryOutcome.DELIVERED, clock.instant());
        events.acknowledge(kafka, ids.get(1), caseRef, AcknowledgementStatus.REMOVED, null);
        TestEvents.awaitStatus(db, ids.get(1), "REMOVED");

        String withdrawal = events.send(kafka, EventType.REPORT_WITHDRAWN, caseRef, new ReportWithdrawn(caseRef, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM removal_request WHERE case_ref = ? AND status = 'WITHDRAWN'", caseRef) == 2);
        assertThat(TestEvents.status(db, ids.get(1))).isEqualTo("REMOVED");
        for (String id : List.of(ids.get(0), ids.get(2))) {
            assertThat(events.outbox(db, "notice.withdrawn", id)).hasSize(1);
        }
        long version = db.count("SELECT status_version FROM takedown_case WHERE case_ref = ?", caseRef);
        assertThat(events.outbox(db, "case.status-changed", caseRef).get((int) version - 1)
                .path("data").path("caseStatus").asText()).isEqualTo("WITHDRAWN");

        events.resend(kafka, EventType.REPORT_WITHDRAWN, caseRef, withdrawal);
        events.send(kafka, EventType.REPORT_WITHDRAWN, caseRef, new ReportWithdrawn(caseRef, Instant.now()));
        String marker = TestEvents.caseRef("TD-WMARK");
        events.send(kafka, EventType.REPORT_WITHDRAWN, caseRef, new ReportWithdrawn(marker, Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("SELECT count(*) FROM takedown_case WHERE case_ref = ?", marker) == 1);
        assertThat(db.count("SELECT status_version FROM takedown_case WHERE case_ref = ?", caseRef)).isEqualTo(version);
        assertThat(events.outbox(db, "notice.withdrawn", ids.get(0))).hasSize(1);
    }

    @Test
    void withdrawalThatOvertakesItsReportStillWins() {
        String caseRef = TestEvents.caseRef("TD-EARLY");
        events.send(kafka, EventType.REPORT_WITHDRAWN, caseRef, new ReportWithdrawn(caseRef, Instant.now()));
        events.send(kafka, EventType.REPORT_SUBMITTED, caseRef,
                TestEvents.report(caseRef, "GB", false, "https://www.facebook.com/photo/?fbid=4002"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("SELECT count(*) FROM takedown_case WHERE case_ref = ? AND submitted", caseRef) == 1);
        assertThat(db.count("SELECT count(*) FROM removal_request WHERE case_ref = ?", caseRef)).isZero();
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE type = 'notice.requested' AND envelope LIKE ?",
                "%" + caseRef + "%")).isZero();
        assertThat(db.query("SELECT status FROM takedown_case WHERE case_ref = ?", caseRef).get(0).get("status"))
                .isEqualTo("WITHDRAWN");
        assertThat(db.count("SELECT count(*) FROM timeline_entry WHERE case_ref = ? AND what = 'SUBMISSION_AFTER_WITHDRAWAL'",
                caseRef)).isEqualTo(1);
    }
}
