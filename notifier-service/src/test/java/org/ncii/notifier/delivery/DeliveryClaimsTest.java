package org.ncii.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ncii.notifier.delivery.repository.DeliveryClaims;
import org.ncii.testkit.TestDatabase;

/**
 * Worker instances side by side never take the same message: concurrent claims split the due messages between
 * them, and a claimed message stays with its instance until the lease runs out.
 */
@QuarkusTest
class DeliveryClaimsTest {
    private static final String NOTICE = "ntc_claims_test";

    @Inject
    DeliveryClaims claims;

    TestDatabase db;

    @AfterEach
    void tearDown() {
        db.update("DELETE FROM delivery WHERE notice_id = ?", NOTICE);
        db.update("DELETE FROM notice WHERE notice_id = ?", NOTICE);
    }

    @Test
    void concurrentInstancesClaimDisjointMessagesAndALeaseKeepsThemAway() throws Exception {
        // Due in a day, so the application's own worker leaves them alone; the "instances" below claim as of then.
        Instant due = Instant.now().plus(Duration.ofDays(1));
        Timestamp now = Timestamp.from(Instant.now());
        db.update("INSERT INTO notice (notice_id, case_ref, platform, channel, status, created_at, updated_at)"
                + " VALUES (?, 'TD-CLAIMS', 'BING', 'WEBHOOK', 'PENDING', ?, ?)", NOTICE, now, now);
        for (int i = 0; i < 40; i++) {
            db.update("INSERT INTO delivery (delivery_id, notice_id, message_type, channel, body, status, attempts,"
                            + " next_attempt_at, created_at, updated_at) VALUES (?, ?, 'CREATED', 'WEBHOOK', '{}', 'PENDING', 0, ?, ?, ?)",
                    "msg_claims_" + i, NOTICE, Timestamp.from(due), now, now);
        }
        Instant asOf = due.plusSeconds(1);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<String>>> instances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            instances.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return claims.claimDue(asOf, asOf.plusSeconds(300), 25).await().atMost(Duration.ofSeconds(10));
            }));
        }
        start.countDown();
        List<String> first = instances.get(0).get();
        List<String> second = instances.get(1).get();

        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        assertThat(first.size() + second.size()).isEqualTo(40);
        assertThat(all).hasSize(40);
        // A third instance finds nothing while the leases hold, and everything once they ran out.
        assertThat(claims.claimDue(asOf.plusSeconds(10), asOf.plusSeconds(400), 50).await().atMost(Duration.ofSeconds(10))).isEmpty();
        assertThat(claims.claimDue(asOf.plusSeconds(301), asOf.plusSeconds(600), 50).await().atMost(Duration.ofSeconds(10))).hasSize(40);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
