package org.ncii.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ncii.events.Topics;
import org.ncii.testkit.TestDatabase;

/** A report made through the form is the same report the JSON API makes: stored, sealed and published once. */
@QuarkusTest
class ReportFormTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void reportSentThroughTheFormIsStoredAndPublishedLikeAnApiReport() {
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(Topics.REPORTS);
        FormSession session = new FormSession();
        String first = VictimReports.uniqueUrl("videos.example.com") + "?utm_source=share";
        String second = VictimReports.uniqueUrl("images.example.net");

        Response response = session.post("/report", VictimReports.completed(session, List.of(first, "", second)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("unsafe-inline");
        Document receipt = session.page();
        String caseRef = receipt.selectFirst("#receipt-case-ref").text();
        String accessCode = receipt.selectFirst("#receipt-access-code").text();
        assertThat(caseRef).matches("TD-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(accessCode).matches("([2-9A-HJ-NP-Z]{4}-){6}[2-9A-HJ-NP-Z]{2}");
        assertThat(receipt.text()).contains("Save these now", "only time we can show your access code");

        List<Map<String, Object>> items = db.query("SELECT i.url FROM report_item i JOIN intake_case c ON c.id = i.case_id "
                + "WHERE c.case_ref = ? ORDER BY i.position", caseRef);
        assertThat(items).extracting(row -> row.get("url")).containsExactly(first.replace("?utm_source=share", ""), second);
        Map<String, Object> row = db.query("SELECT * FROM intake_case WHERE case_ref = ?", caseRef).get(0);
        assertThat(new String((byte[]) row.get("reporter_name_ct"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(VictimReports.NAME);

        JsonNode event = awaitEvent(records, caseRef);
        assertThat(event.path("type").asText()).isEqualTo("report.submitted");
        assertThat(event.path("data").path("items")).hasSize(2);
        assertThat(event.path("data").path("countryOfResidence").asText()).isEqualTo("GB");
        assertThat(event.toString()).doesNotContain(VictimReports.NAME, VictimReports.EMAIL);
        // The receipt's code opens the case through the JSON API too.
        io.restassured.RestAssured.given().header("X-Access-Code", accessCode).get("/v1/reports/" + caseRef)
                .then().statusCode(200);
    }

    @Test
    void addingAnotherAddressKeepsEveryAnswerAndFocusesTheNewField() {
        FormSession session = new FormSession();
        Map<String, List<String>> form = VictimReports.completed(session, List.of("https://a.example.org/1"));
        form.put("action", List.of("add-url"));

        assertThat(session.post("/report", form).statusCode()).isEqualTo(200);

        Document page = session.page();
        assertThat(page.select("input[name=url]")).extracting(Element::val).containsExactly("https://a.example.org/1", "");
        assertThat(page.selectFirst("#url-1").hasAttr("autofocus")).isTrue();
        assertThat(page.selectFirst("label[for=url-1]").text()).isEqualTo("Web address 2");
        assertThat(page.selectFirst("#signature").val()).isEqualTo(VictimReports.NAME);
        assertThat(page.selectFirst("#country option[selected]").val()).isEqualTo("GB");
        assertThat(page.select(".error-summary")).isEmpty();
    }

    @Test
    void everyFieldHasALabelAndThePageLoadsNothingFromElsewhere() {
        FormSession session = new FormSession();
        Response response = session.get("/report");

        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        io.restassured.http.Cookie formCookie = response.getDetailedCookie("intake-form");
        assertThat(formCookie.isHttpOnly()).isTrue();
        assertThat(formCookie.getSameSite()).isEqualTo("Strict");
        Document page = session.page();
        for (Element input : page.select("input:not([type=hidden]), select")) {
            assertThat(page.select("label[for=" + input.id() + "]")).as("label for #" + input.id()).hasSize(1);
        }
        assertThat(page.select("script:not([src])")).as("inline scripts").isEmpty();
        assertThat(page.select("[style]")).as("inline styles").isEmpty();
        for (Element loaded : page.select("script[src], link[href], img[src]")) {
            String asset = loaded.hasAttr("src") ? loaded.attr("src") : loaded.attr("href");
            assertThat(asset).as("served by intake itself").startsWith("/").doesNotStartWith("//");
            Response served = io.restassured.RestAssured.get(asset);
            assertThat(served.statusCode()).as(asset).isEqualTo(200);
            assertThat(served.header("X-Content-Type-Options")).as(asset).isEqualTo("nosniff");
        }
        assertThat(page.selectFirst("a[data-quick-exit]").attr("href")).isEqualTo("https://www.bbc.co.uk/weather");
        assertThat(page.selectFirst("fieldset#hashes").hasAttr("hidden")).isTrue();
        assertThat(page.select("input[type=hidden][name=hashes]")).hasSize(1);
        assertThat(page.select("input[type=file]")).as("never asks for the image").isEmpty();
    }

    @Test
    void hashesComputedInTheBrowserTravelWithEveryAddress() {
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(Topics.REPORTS);
        FormSession session = new FormSession();
        Map<String, List<String>> form = VictimReports.completed(session,
                List.of(VictimReports.uniqueUrl("one.example.org"), VictimReports.uniqueUrl("two.example.org")));
        form.put("hashes", List.of("[{\"algorithm\":\"PDQ\",\"value\":\"" + "AB".repeat(32) + "\"}]"));

        VictimReports.Receipt receipt = VictimReports.send(session, form);

        JsonNode items = awaitEvent(records, receipt.caseRef()).path("data").path("items");
        assertThat(items).hasSize(2);
        for (JsonNode item : items) {
            assertThat(item.path("hashes").get(0).path("algorithm").asText()).isEqualTo("PDQ");
            assertThat(item.path("hashes").get(0).path("value").asText()).isEqualTo("ab".repeat(32));
        }
    }

    @Test
    void sendingTheSameFormTwiceFilesOneReport() {
        FormSession session = new FormSession();
        String url = VictimReports.uniqueUrl("twice.example.org");
        Map<String, List<String>> form = VictimReports.completed(session, List.of(url));

        VictimReports.Receipt first = VictimReports.send(session, form);
        Response again = session.post("/report", form);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(session.page().text()).contains("This report was already sent", first.caseRef())
                .doesNotContain(first.accessCode());
        assertThat(db.count("SELECT count(*) FROM report_item WHERE url = ?", url)).isOne();
    }

    static JsonNode awaitEvent(ConsumerTask<String, String> records, String caseRef) {
        await().atMost(Duration.ofSeconds(30)).until(() -> records.getRecords().stream().anyMatch(r -> caseRef.equals(r.key())));
        records.stop();
        return records.getRecords().stream().filter(r -> caseRef.equals(r.key())).map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
    }
}
