package org.ncii.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.devstack.PlatformService;

/**
 * Scenario 4: takedown-service is killed ({@code kill -9}) while 200 reports are flowing through it and then
 * started again: every report produces its notice, and the partner accepts each {@code webhook-id} once.
 */
@Order(7)
@ExtendWith(Scenario.class)
class CrashIT {
    private static final int REPORTS = 200;

    @AfterAll
    static void restore() {
        SystemPlatform.get().heal();
    }

    @Test
    void killedTakedownLosesNothingAndSendsNothingTwice() throws Exception {
        SystemPlatform platform = SystemPlatform.get();
        platform.metaPartner();
        Inbox inbox = platform.metaInbox();
        Victim victim = platform.victim();
        List<String> tokens = new CopyOnWriteArrayList<>();

        long started = System.nanoTime();
        // Four victims at once, so takedown has a backlog to be killed in the middle of.
        ExecutorService victims = Executors.newFixedThreadPool(4);
        List<Future<?>> submissions = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            submissions.add(victims.submit(() -> {
                String t = Reports.token();
                victim.report(Reports.facebook(t));
                tokens.add(t);
            }));
        }
        await("half the reports are in").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> tokens.size() >= REPORTS / 2);
        int submittedAtCrash = tokens.size();
        platform.service(PlatformService.TAKEDOWN).kill();
        System.out.printf("[system-tests] takedown-service killed (kill -9) with %d of %d reports submitted and %d notices"
                + " delivered%n", submittedAtCrash, REPORTS, inbox.acceptedPerNotice(tokens).size());
        platform.platform.restart(PlatformService.TAKEDOWN);
        for (Future<?> submission : submissions) {
            submission.get(3, TimeUnit.MINUTES);
        }
        victims.shutdown();

        await("every report produces its notice").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                .until(() -> inbox.acceptedPerNotice(tokens).size(), n -> n == REPORTS);
        System.out.printf("[system-tests] all %d notices delivered %.1f s after the first report%n", REPORTS,
                (System.nanoTime() - started) / 1e9);
        await("none twice").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> inbox.acceptedPerNotice(tokens).values().stream().allMatch(l -> l.size() == 1));
        assertThat(inbox.acceptedPerWebhookId(tokens)).hasSize(REPORTS).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
        for (String t : tokens) {
            assertThat(inbox.acceptedAbout(t)).as("notices about report %s", t).hasSize(1);
        }
    }
}
