package org.ncii.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.devstack.PlatformService;
import org.ncii.devstack.partner.ReceivedWebhook;

/**
 * Scenario 7: with every deadline shortened to five seconds by configuration (takedown restarted with
 * {@code TAKEDOWN_DEADLINE_OVERRIDE=PT5S}), a notice nobody acknowledges turns OVERDUE, the partner gets one
 * signed reminder, and the victim sees OVERDUE.
 */
@Order(2)
@ExtendWith(Scenario.class)
class DeadlineIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @AfterAll
    static void restoreDeadlines() {
        SystemPlatform.get().platform.restart(PlatformService.TAKEDOWN);
        SystemPlatform.get().heal();
    }

    @Test
    void unacknowledgedRequestTurnsOverdueAndThePartnerIsReminded() {
        SystemPlatform platform = SystemPlatform.get();
        platform.metaPartner();
        platform.platform.restart(PlatformService.TAKEDOWN, Map.of("TAKEDOWN_DEADLINE_OVERRIDE", "PT5S"));
        Inbox inbox = platform.metaInbox();
        Victim victim = platform.victim();
        Staff staff = platform.staff();
        String t = Reports.token();

        Instant submitted = Instant.now();
        Victim.Case c = victim.report(Reports.facebook(t));
        ReceivedWebhook notice = await("the notice reaches Meta").atMost(PATIENCE)
                .until(() -> inbox.acceptedAbout(t), l -> !l.isEmpty()).get(0);
        System.out.printf("[system-tests] end-to-end latency report -> partner webhook, just after takedown restarted: %d ms%n",
                Duration.between(submitted, notice.receivedAt()).toMillis());

        ReceivedWebhook reminder = await("one signed reminder after the deadline").atMost(PATIENCE)
                .until(() -> inbox.acceptedAbout(notice.noticeId(), Inbox.REMINDER), l -> !l.isEmpty()).get(0);
        assertThat(reminder.body().path("data").path("noticeId").asText()).isEqualTo(notice.noticeId());
        assertThat(reminder.webhookId()).isNotEqualTo(notice.webhookId());

        await("the victim sees OVERDUE").atMost(PATIENCE)
                .untilAsserted(() -> assertThat(victim.itemStatus(c, t)).isEqualTo("OVERDUE"));

        JsonPath view = staff.caseView(c.caseRef());
        assertThat(view.getString("requests[0].status")).isEqualTo("OVERDUE");
        Instant delivered = Instant.parse(view.getString("requests[0].deliveredAt"));
        Instant due = Instant.parse(view.getString("requests[0].dueAt"));
        assertThat(Duration.between(delivered, due)).isEqualTo(Duration.ofSeconds(5));
        assertThat(view.getString("requests[0].remindedAt")).isNotNull();
        List<String> steps = view.getList("timeline.what");
        assertThat(steps).contains("DEADLINE_PASSED", "REMINDED");
        assertThat(inbox.about(notice.noticeId(), Inbox.REMINDER)).as("exactly one reminder").hasSize(1);
    }
}
