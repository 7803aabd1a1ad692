package org.ncii.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.notifier.delivery.service.DeliveryWorker;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.testkit.TestDatabase;

/**
 * A burst of notices to one healthy partner, more than its bulkhead and rate limit take at once, is delivered at the
 * pace the partner allows. Attempts the guard holds back are not the partner failing: counted as failures they
 * opened its circuit for a minute at a time, which stalled a thousand-report run.
 */
@QuarkusTest
class BurstDeliveryTest {
    private static final int NOTICES = 80;

    @Inject
    ObjectMapper mapper;

    @Inject
    PartnerService partners;

    @Inject
    Scheduler scheduler;

    KafkaCompanion kafka;
    TestDatabase db;
    DeliveryFixture fx;

    @BeforeEach
    void setUp() {
        fx = new DeliveryFixture(kafka, db, mapper, partners);
    }

    @AfterEach
    void tearDown() {
        scheduler.resume(DeliveryWorker.JOB);
        fx.close();
    }

    @Test
    void aBurstBeyondThePartnersBulkheadIsDeliveredWithoutOpeningItsCircuit() {
        PartnerReceiver partner = fx.partnerWithWebhook("DISCORD");
        partner.answer(r -> new PartnerReceiver.Reply(204, Map.of(), Duration.ofMillis(50)));
        List<String> ids = new ArrayList<>();
        // The backlog a restarted or surviving instance finds: every message due at once.
        scheduler.pause(DeliveryWorker.JOB);
        for (int i = 0; i < NOTICES; i++) {
            String id = DeliveryFixture.newNoticeId();
            ids.add(id);
            fx.request(DeliveryFixture.notice(id, "DISCORD", null));
        }
        String idList = String.join(",", ids);
        await("the backlog planned").atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM delivery WHERE notice_id = ANY(string_to_array(?, ',')) AND status = 'PENDING'", idList) == NOTICES);
        long sent = System.nanoTime();
        scheduler.resume(DeliveryWorker.JOB);

        // An opened circuit holds every message back for its 60 s delay and says so on each: that must never happen.
        await("every notice of the burst delivered").atMost(Duration.ofMinutes(2))
                .failFast("the partner's circuit opened", () -> db.count("SELECT count(*) FROM delivery"
                        + " WHERE notice_id = ANY(string_to_array(?, ',')) AND last_error = 'circuit open'", idList) > 0)
                .until(() -> partner.verifiedCount() >= NOTICES);
        System.out.printf("burst: %d notices to one partner delivered in %d ms%n", NOTICES, (System.nanoTime() - sent) / 1_000_000);
        await("every delivery recorded").atMost(Duration.ofSeconds(15)).until(() -> db.count("SELECT count(*) FROM delivery"
                + " WHERE notice_id = ANY(string_to_array(?, ',')) AND status = 'DELIVERED'", idList) == NOTICES);
        assertThat(partner.verifiedCount()).as("each notice once").isEqualTo(NOTICES);
    }
}
