package org.ncii.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.devstack.partner.ReceivedWebhook;

/**
 * Scenario 3: with the Kafka broker stopped, intake still accepts 50 reports (each committed with its outbox
 * row); once the broker is back every one reaches the partner, each notice exactly once.
 */
@Order(6)
@ExtendWith(Scenario.class)
class KafkaOutageIT {
    private static final int REPORTS = 50;

    @AfterAll
    static void restore() {
        SystemPlatform.get().heal();
    }

    @Test
    void reportsAcceptedDuringBrokerOutageEachReachThePartnerOnce() {
        SystemPlatform platform = SystemPlatform.get();
        platform.metaPartner();
        Inbox inbox = platform.metaInbox();
        Victim victim = platform.victim();

        platform.platform.broker().stop();
        List<String> tokens = new ArrayList<>();
        List<Victim.Case> cases = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < REPORTS; i++) {
            String t = Reports.token();
            tokens.add(t);
            cases.add(victim.report(Reports.facebook(t)));
        }
        System.out.printf("[system-tests] %d reports accepted (202) with the broker down in %.1f s%n", REPORTS,
                (System.nanoTime() - started) / 1e9);
        assertThat(inbox.acceptedPerNotice(tokens)).as("nothing can travel without the broker").isEmpty();

        platform.platform.broker().start();
        long brokerBack = System.nanoTime();
        Map<String, List<ReceivedWebhook>> perNotice = await("every report reaches the partner").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> inbox.acceptedPerNotice(tokens), m -> m.size() == REPORTS);
        System.out.printf("[system-tests] all %d notices delivered %.1f s after the broker was back%n", REPORTS,
                (System.nanoTime() - brokerBack) / 1e9);

        await("and none twice").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> inbox.acceptedPerNotice(tokens).values().stream().allMatch(l -> l.size() == 1));
        assertThat(inbox.acceptedPerWebhookId(tokens)).hasSize(REPORTS).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
        for (String t : tokens) {
            assertThat(inbox.acceptedAbout(t)).as("notices about report %s", t).hasSize(1);
        }
        assertThat(perNotice).hasSize(REPORTS);
    }
}
