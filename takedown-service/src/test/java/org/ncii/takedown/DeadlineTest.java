package org.ncii.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.DeliveryOutcome;
import org.ncii.events.Topics;
import org.ncii.takedown.service.DeadlineWatch;
import org.ncii.testkit.TestDatabase;

/**
 * A delivered request past its deadline becomes OVERDUE with one reminder, and is escalated to its regulator route
 * a period later: time moves on a test clock, the check runs when the test says.
 */
@QuarkusTest
class DeadlineTest {
    @Inject
    TestEvents events;

    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void overdueRequestIsRemindedOnceThenEscalatedToItsRegulator() throws Throwable {
        String caseRef = TestEvents.caseRef("TD-DUE");
        ConsumerTask<String, String> notices = kafka.consumeStrings().fromTopics(Topics.NOTICES);
        String id = events.openCase(kafka, db, caseRef, "US", false, "https://www.facebook.com/photo/?fbid=5001").get(0);
        events.deliver(kafka, id, caseRef, DeliveryOutcome.DELIVERED, clock.instant());
        TestEvents.awaitStatus(db, id, "SENT");

        clock.advance(Duration.ofHours(47));
        check();
        assertThat(TestEvents.status(db, id)).isEqualTo("SENT");

        clock.advance(Duration.ofHours(2));
        check();
        assertThat(TestEvents.status(db, id)).isEqualTo("OVERDUE");
        check();
        assertThat(events.outbox(db, "notice.reminder", id)).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> notices.getRecords().stream()
                .anyMatch(r -> id.equals(r.key()) && r.value().contains("notice.reminder")));
        notices.stop();
        assertThat(db.count("SELECT count(*) FROM timeline_entry WHERE request_id = ?::uuid AND what = 'ESCALATE'", id)).isZero();

        clock.advance(Duration.ofDays(2));
        check();
        check();
        List<Map<String, Object>> escalations = db.query(
                "SELECT actor, why FROM timeline_entry WHERE request_id = ?::uuid AND what = 'ESCALATE'", id);
        assertThat(escalations).hasSize(1);
        assertThat((String) escalations.get(0).get("why")).contains("Federal Trade Commission");
        assertThat(escalations.get(0).get("actor")).isEqualTo("SYSTEM");
        assertThat(events.outbox(db, "notice.reminder", id)).hasSize(1);
        assertThat(events.outbox(db, "case.status-changed", caseRef).get(2).path("data").path("items").get(0)
                .path("status").asText()).isEqualTo("OVERDUE");
    }

    @Test
    void ukRequestEscalatesToOfcom() throws Throwable {
        String caseRef = TestEvents.caseRef("TD-OFCOM");
        String id = events.openCase(kafka, db, caseRef, "GB", false, "https://www.instagram.com/p/Cofcom/").get(0);
        events.deliver(kafka, id, caseRef, DeliveryOutcome.DELIVERED, clock.instant());
        TestEvents.awaitStatus(db, id, "SENT");
        long deadline = db.count("SELECT deadline_seconds FROM removal_request WHERE id = ?::uuid", id);

        clock.advance(Duration.ofSeconds(deadline + 60));
        check();
        clock.advance(Duration.ofDays(2));
        check();
        assertThat((String) db.query("SELECT why FROM timeline_entry WHERE request_id = ?::uuid AND what = 'ESCALATE'", id)
                .get(0).get("why")).contains("Ofcom");
    }

    @Test
    void twoInstancesCheckingAtOnceRemindOnlyOnce() throws Throwable {
        String caseRef = TestEvents.caseRef("TD-RACE");
        String id = events.openCase(kafka, db, caseRef, "US", false, "https://www.facebook.com/photo/?fbid=5003").get(0);
        events.deliver(kafka, id, caseRef, DeliveryOutcome.DELIVERED, clock.instant());
        TestEvents.awaitStatus(db, id, "SENT");
        clock.advance(Duration.ofHours(49));

        // Two checks in their own transactions at the same time, as two instances would run them.
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> instance = () -> {
                try {
                    return VertxContextSupport.subscribeAndAwait(watch::check);
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            };
            List<Future<Integer>> runs = instances.invokeAll(List.of(instance, instance));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
        assertThat(TestEvents.status(db, id)).isEqualTo("OVERDUE");
        assertThat(events.outbox(db, "notice.reminder", id)).hasSize(1);
        assertThat(db.count("SELECT count(*) FROM timeline_entry WHERE request_id = ?::uuid AND what = 'DEADLINE_PASSED'", id))
                .isEqualTo(1);
    }

    private void check() throws Throwable {
        VertxContextSupport.subscribeAndAwait(watch::check);
    }
}
