package org.ncii.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.devstack.partner.PartnerReceiver;
import org.ncii.devstack.partner.ReceivedWebhook;

/**
 * Scenario 2: the partner answers 503 (with {@code Retry-After}) for a while, then recovers. The notice arrives
 * once successfully under one {@code webhook-id} across all attempts, every attempt is on record, and the case
 * never loses the request.
 */
@Order(5)
@ExtendWith(Scenario.class)
class PartnerOutageIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @AfterAll
    static void restore() {
        SystemPlatform.get().heal();
    }

    @Test
    @SuppressWarnings("unchecked")
    void noticeSurvivesPartnerOutageUnderOneWebhookId() {
        SystemPlatform platform = SystemPlatform.get();
        Partner meta = platform.metaPartner();
        Inbox inbox = platform.metaInbox();
        Victim victim = platform.victim();
        String t = Reports.token();

        platform.meta.behave(new PartnerReceiver.Fail(503, "1"));
        Victim.Case c = victim.report(Reports.facebook(t));
        await("the partner turns the notice away three times").atMost(PATIENCE)
                .until(() -> inbox.createdAbout(t), l -> l.size() >= 3);
        assertThat(victim.itemStatus(c, t)).as("not delivered yet").isEqualTo("PENDING");
        platform.meta.behave(new PartnerReceiver.Accept());

        ReceivedWebhook delivered = await("the notice arrives once the partner is back").atMost(PATIENCE)
                .until(() -> inbox.acceptedAbout(t), l -> !l.isEmpty()).get(0);
        List<ReceivedWebhook> all = inbox.createdAbout(t);
        assertThat(all).extracting(ReceivedWebhook::webhookId).containsOnly(delivered.webhookId());
        assertThat(all).extracting(ReceivedWebhook::noticeId).containsOnly(delivered.noticeId());
        assertThat(all).filteredOn(Inbox::accepted).hasSize(1);
        assertThat(all.subList(0, all.size() - 1)).extracting(ReceivedWebhook::answeredStatus).containsOnly(503);

        Map<String, Object> record = await("the attempts are on record").atMost(PATIENCE)
                .until(() -> platform.partnerAdmin().delivery(meta, delivered.noticeId(), Inbox.CREATED),
                        d -> d != null && "DELIVERED".equals(d.get("status")));
        // Attempts the notifier's circuit breaker held back never reached the partner and carry no status code.
        List<Map<String, Object>> attempts = ((List<Map<String, Object>>) record.get("attemptLog")).stream()
                .filter(a -> a.get("statusCode") != null).toList();
        assertThat(attempts).hasSize(all.size());
        assertThat(attempts.subList(0, attempts.size() - 1)).extracting(a -> a.get("statusCode")).containsOnly(503);
        assertThat(attempts.get(attempts.size() - 1).get("statusCode")).isEqualTo(204);

        await("the victim sees the request sent").atMost(PATIENCE)
                .untilAsserted(() -> assertThat(victim.itemStatus(c, t)).isEqualTo("SENT"));
        var view = platform.staff().caseView(c.caseRef());
        assertThat(view.getString("requests[0].status")).isEqualTo("SENT");
        assertThat(view.<String>getList("timeline.why")).anyMatch(w -> w != null && w.contains("after " + all.size() + " attempt"));
    }
}
