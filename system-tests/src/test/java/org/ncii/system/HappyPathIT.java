package org.ncii.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.devstack.partner.ReceivedWebhook;

/**
 * Scenario 1: one report, three places. Meta's partner gets a signed notice for Facebook and one for Instagram,
 * the unknown host's abuse desk (found over RDAP) gets an e-mail; Meta's answers come back to the victim, the
 * caseworker's timeline and the statistics.
 */
@Order(1)
@ExtendWith(Scenario.class)
class HappyPathIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void reportReachesEachPlatformAndRemovalsComeBackToVictimAndCaseworker() throws Exception {
        SystemPlatform platform = SystemPlatform.get();
        Partner meta = platform.metaPartner();
        Inbox inbox = platform.metaInbox();
        Staff staff = platform.staff();
        Victim victim = platform.victim();
        long removedWithinBefore = staff.stats().getLong("deadline.removedWithinDeadline");
        String t = Reports.token();

        Instant submitted = Instant.now();
        Victim.Case c = victim.report(Reports.facebook(t), Reports.instagram(t), Reports.unknownHost(t));

        List<ReceivedWebhook> notices = await("Meta receives a signed notice per platform").atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100)).until(() -> inbox.acceptedAbout(t), l -> l.size() >= 2);
        Duration first = Duration.between(submitted, notices.stream().map(ReceivedWebhook::receivedAt).min(Instant::compareTo).orElseThrow());
        Duration last = Duration.between(submitted, notices.stream().map(ReceivedWebhook::receivedAt).max(Instant::compareTo).orElseThrow());
        System.out.printf("[system-tests] end-to-end latency report -> partner webhook, first report after start-up: %d ms"
                        + " (Facebook or Instagram), %d ms (the other)%n",
                first.toMillis(), last.toMillis());

        assertThat(notices).hasSize(2);
        assertThat(notices).extracting(r -> r.body().path("data").path("platform").asText())
                .containsExactlyInAnyOrder("FACEBOOK", "INSTAGRAM");
        assertThat(notices).extracting(ReceivedWebhook::webhookId).doesNotHaveDuplicates();
        notices.forEach(HappyPathIT::carriesTakeItDownElements);

        MimeMessage mail = await("the unknown host's abuse desk gets an e-mail").atMost(PATIENCE)
                .until(() -> mailTo(platform, SystemPlatform.ABUSE_EMAIL, t), m -> m != null);
        assertThat(text(mail)).contains(t);

        Map<String, String> platformByNotice = notices.stream().collect(Collectors.toMap(ReceivedWebhook::noticeId,
                r -> r.body().path("data").path("platform").asText()));
        for (String noticeId : platformByNotice.keySet()) {
            meta.acknowledge(noticeId, "RECEIVED");
        }
        await("the caseworker sees both requests acknowledged").atMost(PATIENCE)
                .until(() -> requestStatuses(staff, c.caseRef()), s -> s.get("FACEBOOK").equals("ACKNOWLEDGED")
                        && s.get("INSTAGRAM").equals("ACKNOWLEDGED"));
        for (String noticeId : platformByNotice.keySet()) {
            meta.acknowledge(noticeId, "REMOVED");
        }

        await("the victim sees both removals and the e-mailed request sent").atMost(PATIENCE).untilAsserted(() -> {
            assertThat(victim.itemStatus(c, "fbid=" + t)).isEqualTo("REMOVED");
            assertThat(victim.itemStatus(c, "/p/C" + t)).isEqualTo("REMOVED");
            assertThat(victim.itemStatus(c, "/media/" + t)).isEqualTo("SENT");
        });
        assertThat(victim.itemPlatform(c, "/media/" + t)).isEqualTo("HOSTING_PROVIDER");

        JsonPath view = staff.caseView(c.caseRef());
        List<Map<String, Object>> timeline = view.getList("timeline");
        Instant opened = Instant.parse((String) timeline.get(0).get("at"));
        System.out.printf("[system-tests]   of which intake -> takedown (case opened) %d ms, takedown -> partner %d ms%n",
                Duration.between(submitted, opened).toMillis(), first.minus(Duration.between(submitted, opened)).toMillis());
        timeline.forEach(e -> System.out.printf("[system-tests]   timeline %s %-8s %s -> %s (%s)%n", e.get("at"),
                e.get("what"), e.get("fromStatus"), e.get("toStatus"), e.get("actorName")));
        assertThat(timeline).allSatisfy(e -> assertThat(e.get("at")).isNotNull());
        Map<String, String> requestPlatform = view.<Map<String, Object>>getList("requests").stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> (String) r.get("platform")));
        assertThat(requestPlatform.values()).containsExactlyInAnyOrder("FACEBOOK", "INSTAGRAM", "HOSTING_PROVIDER");
        requestPlatform.forEach((requestId, p) -> {
            List<Object> reached = timeline.stream().filter(e -> requestId.equals(e.get("requestId")))
                    .map(e -> e.get("toStatus")).filter(s -> s != null).distinct().toList();
            List<Object> expected = p.equals("HOSTING_PROVIDER") ? List.of("SENT") : List.of("SENT", "ACKNOWLEDGED", "REMOVED");
            assertThat(reached).as("timeline of the %s request", p).containsAll(expected);
        });

        // The first report after start-up pays each JVM's first-request warm-up; a second one shows the steady state.
        String warm = Reports.token();
        Instant again = Instant.now();
        victim.report(Reports.facebook(warm));
        ReceivedWebhook next = await("a second report reaches Meta").atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> inbox.acceptedAbout(warm), l -> !l.isEmpty()).get(0);
        System.out.printf("[system-tests] end-to-end latency report -> partner webhook, warm platform: %d ms%n",
                Duration.between(again, next.receivedAt()).toMillis());

        await("statistics count both removals within deadline").atMost(PATIENCE).untilAsserted(() -> {
            JsonPath stats = staff.stats();
            assertThat(stats.getLong("deadline.removedWithinDeadline")).isGreaterThanOrEqualTo(removedWithinBefore + 2);
            assertThat(stats.<String>getList("timeToRemoval.platform")).contains("FACEBOOK", "INSTAGRAM");
        });
    }

    /** The four elements of a valid request under 47 U.S.C. 223a, plus the helpline standing in for the victim. */
    private static void carriesTakeItDownElements(ReceivedWebhook notice) {
        JsonNode data = notice.body().path("data");
        assertThat(notice.verified()).isTrue();
        assertThat(data.path("legalBases").toString()).contains("US_TAKE_IT_DOWN_ACT");
        assertThat(data.path("items").get(0).path("url").asText()).startsWith("https://");
        JsonNode declarations = data.path("declarations");
        assertThat(declarations.path("notConsented").asBoolean()).isTrue();
        assertThat(declarations.path("goodFaith").asBoolean()).isTrue();
        assertThat(declarations.path("accurate").asBoolean()).isTrue();
        JsonNode requester = data.path("requester");
        assertThat(requester.path("signature").asText()).isNotBlank();
        assertThat(requester.path("email").asText()).contains("@");
        assertThat(data.path("respondBy").asText()).isNotBlank();
        assertThat(data.path("acknowledgementUrl").asText()).contains(notice.noticeId());
        // The victim did not opt in: nothing in the notice names or reaches them.
        assertThat(notice.rawBody()).doesNotContain(Reports.REPORTER_NAME, Reports.REPORTER_EMAIL, Reports.REPORTER_PHONE,
                Reports.DESCRIPTION);
    }

    private static Map<String, String> requestStatuses(Staff staff, String caseRef) {
        JsonPath view = staff.caseView(caseRef);
        if (view == null) {
            return Map.of("FACEBOOK", "", "INSTAGRAM", "");
        }
        return view.<Map<String, Object>>getList("requests").stream()
                .collect(Collectors.toMap(r -> (String) r.get("platform"), r -> (String) r.get("status")));
    }

    /** The decoded text of a message, all parts together. */
    private static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(multipart.getBodyPart(i).getContent()).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    private static MimeMessage mailTo(SystemPlatform platform, String address, String token) throws Exception {
        for (MimeMessage m : platform.mail.received()) {
            Set<String> to = Arrays.stream(m.getAllRecipients()).map(Object::toString).collect(Collectors.toSet());
            if (to.contains(address) && text(m).contains(token)) {
                return m;
            }
        }
        return null;
    }
}
