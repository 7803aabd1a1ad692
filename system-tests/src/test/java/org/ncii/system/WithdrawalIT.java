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
import org.ncii.testkit.TestDatabase;
import org.ncii.devstack.partner.PartnerReceiver;
import org.ncii.devstack.partner.ReceivedWebhook;

/**
 * Scenario 5: the victim withdraws while the notice is being retried against a failing partner. Retries stop,
 * the partner is told {@code removal_request.withdrawn}, and intake's database no longer holds the reporter's
 * personal data (checked with SQL, bypassing the service).
 */
@Order(4)
@ExtendWith(Scenario.class)
class WithdrawalIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @AfterAll
    static void restore() {
        SystemPlatform.get().heal();
    }

    @Test
    void withdrawalDuringRetriesStopsThemTellsThePartnerAndErasesPersonalData() {
        SystemPlatform platform = SystemPlatform.get();
        Partner meta = platform.metaPartner();
        PartnerAdmin admin = platform.partnerAdmin();
        Inbox inbox = platform.metaInbox();
        Victim victim = platform.victim();
        String t = Reports.token();

        platform.meta.behave(new PartnerReceiver.Fail(500, null));
        Victim.Case c = victim.report(Reports.facebook(t));
        List<ReceivedWebhook> failed = await("the notice is being retried").atMost(PATIENCE)
                .until(() -> inbox.createdAbout(t), l -> l.size() >= 2);
        String noticeId = failed.get(0).noticeId();

        victim.withdraw(c);
        await("the pending notice is cancelled").atMost(PATIENCE)
                .until(() -> admin.delivery(meta, noticeId, Inbox.CREATED), d -> d != null && "CANCELLED".equals(d.get("status")));
        platform.meta.behave(new PartnerReceiver.Accept());

        ReceivedWebhook withdrawn = await("the partner is told the notice is withdrawn").atMost(PATIENCE)
                .until(() -> inbox.acceptedAbout(noticeId, Inbox.WITHDRAWN), l -> !l.isEmpty()).get(0);
        assertThat(withdrawn.body().path("data").path("noticeId").asText()).isEqualTo(noticeId);
        int attempts = inbox.createdAbout(t).size();
        await("no further attempt of the withdrawn notice").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> inbox.createdAbout(t).size() == attempts);
        assertThat(inbox.acceptedAbout(t)).as("the notice itself was never accepted").isEmpty();

        await("the victim sees the case withdrawn").atMost(PATIENCE).untilAsserted(() -> {
            assertThat(victim.status(c).getString("status")).isEqualTo("WITHDRAWN");
            assertThat(victim.itemStatus(c, t)).isEqualTo("WITHDRAWN");
        });
        assertThat(platform.staff().caseView(c.caseRef()).getString("requests[0].status")).isEqualTo("WITHDRAWN");

        TestDatabase intake = new TestDatabase(platform.platform.database(), "intake");
        Map<String, Object> row = intake.query("SELECT reporter_name_ct, reporter_email_ct, reporter_phone_ct, signature_ct,"
                + " personal_data_erased_at FROM intake_case WHERE case_ref = ?", c.caseRef()).get(0);
        assertThat(row.get("reporter_name_ct")).isNull();
        assertThat(row.get("reporter_email_ct")).isNull();
        assertThat(row.get("reporter_phone_ct")).isNull();
        assertThat(row.get("signature_ct")).isNull();
        assertThat(row.get("personal_data_erased_at")).isNotNull();
        assertThat(intake.count("SELECT count(*) FROM report_item i JOIN intake_case c ON c.id = i.case_id"
                + " WHERE c.case_ref = ? AND i.description_ct IS NOT NULL", c.caseRef())).isZero();
    }
}
