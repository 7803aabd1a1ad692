package org.ncii.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.devstack.PlatformService;

/**
 * Scenario 6: with takedown-service stopped, the victim's status still answers from intake's own read model,
 * and a report made meanwhile is accepted and goes out once takedown is back.
 */
@Order(3)
@ExtendWith(Scenario.class)
class TakedownDownIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @AfterAll
    static void restore() {
        SystemPlatform.get().heal();
    }

    @Test
    void victimStatusAnswersWhileTakedownIsDown() {
        SystemPlatform platform = SystemPlatform.get();
        platform.metaPartner();
        Victim victim = platform.victim();
        Inbox inbox = platform.metaInbox();
        String t = Reports.token();
        Victim.Case c = victim.report(Reports.facebook(t));
        await("the request is sent").atMost(PATIENCE)
                .untilAsserted(() -> assertThat(victim.itemStatus(c, t)).isEqualTo("SENT"));
        JsonPath before = victim.status(c);

        platform.service(PlatformService.TAKEDOWN).stop();
        assertThat(platform.service(PlatformService.TAKEDOWN).isReady()).isFalse();

        JsonPath during = victim.status(c);
        assertThat(during.getString("items[0].status")).isEqualTo("SENT");
        assertThat(during.getString("items[0].platform")).isEqualTo("FACEBOOK");
        assertThat(during.getString("items[0].dueAt")).isNotNull().isEqualTo(before.getString("items[0].dueAt"));

        String later = Reports.token();
        Victim.Case meanwhile = victim.report(Reports.facebook(later));
        assertThat(victim.itemStatus(meanwhile, later)).isEqualTo("PENDING");

        platform.platform.restart(PlatformService.TAKEDOWN);
        await("the report made while takedown was down goes out").atMost(PATIENCE)
                .until(() -> inbox.acceptedAbout(later), l -> l.size() == 1);
        await("and its victim sees it sent").atMost(PATIENCE)
                .untilAsserted(() -> assertThat(victim.itemStatus(meanwhile, later)).isEqualTo("SENT"));
    }
}
