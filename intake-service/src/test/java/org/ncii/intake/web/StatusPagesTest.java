package org.ncii.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ncii.events.ItemStatus;
import org.ncii.events.RequestStatus;
import org.ncii.events.Topics;
import org.ncii.testkit.TestDatabase;

/**
 * The status page shows each address at each platform in plain words with its deadline, opens only with the right
 * code sent in a form body, and withdraws only after a confirmation step.
 */
@QuarkusTest
class StatusPagesTest {
    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void statusPageShowsEachAddressAtEachPlatformInPlainWords() {
        FormSession session = new FormSession();
        String video = VictimReports.uniqueUrl("video.example.com");
        String picture = VictimReports.uniqueUrl("pictures.example.net");
        VictimReports.Receipt receipt = VictimReports.send(session, VictimReports.completed(session, List.of(video, picture)));
        List<Map<String, Object>> items = db.query("SELECT i.id, i.url FROM report_item i JOIN intake_case c ON c.id = i.case_id "
                + "WHERE c.case_ref = ? ORDER BY i.position", receipt.caseRef());
        Instant due = Instant.now().plus(Duration.ofHours(47));
        publishStatus(receipt.caseRef(), List.of(
                new ItemStatus((String) items.get(0).get("id"), (String) items.get(0).get("url"), "YOUTUBE", RequestStatus.SENT, due, Instant.now()),
                new ItemStatus((String) items.get(0).get("id"), (String) items.get(0).get("url"), "GOOGLE_SEARCH", RequestStatus.REMOVED, null, Instant.now()),
                new ItemStatus((String) items.get(1).get("id"), (String) items.get(1).get("url"), "HOSTING_PROVIDER", RequestStatus.OVERDUE, Instant.now().minus(Duration.ofHours(3)), Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM intake_case WHERE case_ref = ? AND status = 'OPEN'", receipt.caseRef()) == 1);

        Response response = open(session, receipt);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        Document page = session.page();
        assertThat(page.selectFirst("#case-state").text()).isEqualTo("In progress");
        List<Element> addresses = page.select("section.address");
        assertThat(addresses).hasSize(2);
        assertThat(addresses.get(0).selectFirst(".url").text()).isEqualTo(video);
        assertThat(addresses.get(0).select("a")).as("addresses are never links").isEmpty();
        assertThat(addresses.get(0).text()).contains("YouTube", "Sent", "Deadline:", "(in 1 day 22 hours)", "Google Search", "Removed");
        assertThat(addresses.get(1).text()).contains("The website's hosting company", "Deadline missed", "passed 3 hours ago");
        assertThat(page.text()).doesNotContain(receipt.accessCode());
    }

    @Test
    void accessCodeTravelsOnlyInFormBodies() {
        FormSession session = new FormSession();
        session.get("/status").then().statusCode(200);
        Element form = session.page().selectFirst("form[action=/status]");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(session.page().selectFirst("label[for=accessCode]").text()).isEqualTo("Access code");
        assertThat(session.page().select("form[method=get]")).isEmpty();
    }

    @Test
    void wrongCodeIsRefusedWithAnErrorTiedToTheField() {
        FormSession session = new FormSession();
        VictimReports.Receipt receipt = VictimReports.send(session, VictimReports.completed(session,
                List.of(VictimReports.uniqueUrl("wrong-code.example.org"))));
        session.get("/status");
        Map<String, List<String>> form = session.form("/status");
        form.put("caseRef", List.of(receipt.caseRef()));
        form.put("accessCode", List.of("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA"));

        Response response = session.post("/status", form);

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = session.page();
        assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#caseRef");
        assertThat(page.getElementById("caseRef").attr("aria-describedby")).contains("caseRef-error");
        assertThat(page.getElementById("caseRef-error").text()).contains("No report matches");
        assertThat(page.getElementById("caseRef").val()).isEqualTo(receipt.caseRef());
        assertThat(page.getElementById("accessCode").val()).as("a wrong code is not shown back").isEmpty();
    }

    @Test
    void withdrawalAsksForConfirmationThenStopsTheCase() {
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(Topics.REPORTS);
        FormSession session = new FormSession();
        VictimReports.Receipt receipt = VictimReports.send(session, VictimReports.completed(session,
                List.of(VictimReports.uniqueUrl("withdraw.example.org"))));
        open(session, receipt);

        Response confirm = session.post("/status/withdrawal", session.form("/status/withdrawal"));

        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(session.page().text()).contains("Withdrawing cannot be undone", "deleted straight away");
        assertThat(db.count("SELECT count(*) FROM intake_case WHERE case_ref = ? AND withdrawn_at IS NULL", receipt.caseRef()))
                .as("nothing happens before confirmation").isOne();
        Map<String, List<String>> keep = session.form("/status");

        Response done = session.post("/status/withdrawal/confirmed", session.form("/status/withdrawal/confirmed"));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(session.page().selectFirst("#withdrawn-case-ref").text()).isEqualTo(receipt.caseRef());
        Map<String, Object> row = db.query("SELECT * FROM intake_case WHERE case_ref = ?", receipt.caseRef()).get(0);
        assertThat(row.get("status")).isEqualTo("WITHDRAWN");
        assertThat(row.get("reporter_name_ct")).isNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> records.getRecords().stream()
                .anyMatch(r -> receipt.caseRef().equals(r.key()) && r.value().contains("report.withdrawn")));
        records.stop();
        // "No, keep my report" from the confirmation page now shows the withdrawn case, with no withdraw button.
        assertThat(session.post("/status", keep).statusCode()).isEqualTo(200);
        assertThat(session.page().selectFirst("#case-state").text()).isEqualTo("Withdrawn");
        assertThat(session.page().select("form[action=/status/withdrawal]")).isEmpty();
    }

    static Response open(FormSession session, VictimReports.Receipt receipt) {
        session.get("/status");
        Map<String, List<String>> form = session.form("/status");
        form.put("caseRef", List.of(receipt.caseRef().toLowerCase()));
        form.put("accessCode", List.of(receipt.accessCode()));
        return session.post("/status", form);
    }

    private void publishStatus(String caseRef, List<ItemStatus> items) {
        TakedownStatus.publish(kafka, caseRef, "OPEN", 1, items);
    }
}
