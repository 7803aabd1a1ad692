package org.ncii.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.testkit.TestDatabase;

/** A partner that hangs for 30 s holds up only itself: another partner's notice is delivered meanwhile, measured. */
@QuarkusTest
class PartnerIsolationTest {
    @Inject
    ObjectMapper mapper;

    @Inject
    PartnerService partners;

    KafkaCompanion kafka;
    TestDatabase db;
    DeliveryFixture fx;

    @BeforeEach
    void setUp() {
        fx = new DeliveryFixture(kafka, db, mapper, partners);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void hangingPartnerDoesNotDelayAnother() {
        PartnerReceiver hanging = fx.partnerWithWebhook("TELEGRAM");
        hanging.answer(r -> new PartnerReceiver.Reply(200, Map.of(), Duration.ofSeconds(30)));
        PartnerReceiver healthy = fx.partnerWithWebhook("DISCORD");
        String slowNotice = DeliveryFixture.newNoticeId();
        String[] quickNotices = {DeliveryFixture.newNoticeId(), DeliveryFixture.newNoticeId(), DeliveryFixture.newNoticeId()};

        // Several notices to the hanging partner first, so its requests are in flight (and queued) when the others come.
        for (int i = 0; i < 6; i++) {
            fx.request(DeliveryFixture.notice(i == 0 ? slowNotice : DeliveryFixture.newNoticeId(), "TELEGRAM", null));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> hanging.received().size() >= 4);
        long sent = System.nanoTime();
        for (String id : quickNotices) {
            fx.request(DeliveryFixture.notice(id, "DISCORD", null));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> healthy.verifiedCount() == 3);
        long tookMillis = (System.nanoTime() - sent) / 1_000_000;
        assertThat(tookMillis).as("delivery to the healthy partner while the other hangs").isLessThan(5_000);
        // ... while the hanging partner has not answered any of its requests yet.
        assertThat(db.count("SELECT count(*) FROM delivery d WHERE d.notice_id = ? AND d.status = 'PENDING'", slowNotice)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM delivery_attempt a JOIN delivery d ON d.delivery_id = a.delivery_id"
                + " WHERE d.notice_id = ?", slowNotice)).isZero();
        for (String id : quickNotices) {
            fx.awaitResult(id, "DELIVERED", Duration.ofSeconds(10));
        }
        System.out.printf("isolation: healthy partner got 3 notices %d ms after they were sent, while the other hung%n", tookMillis);

        // The hanging partner's attempts end at the 10 s timeout, as failures on record, due again later.
        await().atMost(Duration.ofSeconds(20)).until(() -> db.count("SELECT count(*) FROM delivery_attempt a JOIN delivery d"
                + " ON d.delivery_id = a.delivery_id WHERE d.notice_id = ?", slowNotice) >= 1);
        Map<String, Object> timedOut = db.query("SELECT a.* FROM delivery_attempt a JOIN delivery d ON d.delivery_id = a.delivery_id"
                + " WHERE d.notice_id = ? ORDER BY a.attempt_no", slowNotice).get(0);
        assertThat(timedOut.get("error")).isEqualTo("timed out");
        assertThat(timedOut.get("status_code")).isNull();
        assertThat(((Number) timedOut.get("latency_ms")).longValue()).isBetween(9_000L, 15_000L);
    }
}
