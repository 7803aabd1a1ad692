package org.ncii.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/**
 * A refused form says what to fix in plain words, beside each field and summarised at the top with links, keeps
 * every answer, and files nothing; a form posted without its CSRF token is refused outright.
 */
@QuarkusTest
class FormErrorsTest {
    TestDatabase db;

    @Test
    void emptyFormListsEveryProblemAndTiesEachToItsField() {
        FormSession session = new FormSession();
        session.get("/report");
        Map<String, List<String>> form = session.form("/report");
        form.put("action", List.of("send"));
        form.put("shareIdentity", List.of("yes"));

        Response response = session.post("/report", form);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = session.page();
        assertThat(page.title()).startsWith("Error: ");
        Element summary = page.selectFirst(".error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        List<String> links = summary.select("a").eachAttr("href");
        assertThat(links).containsExactly("#url-0", "#country", "#minor", "#role", "#name", "#email",
                "#notConsented", "#goodFaith", "#accurate", "#signature");
        for (String link : links) {
            Element field = page.selectFirst(link);
            assertThat(field).as(link).isNotNull();
            String errorId = link.substring(1) + "-error";
            assertThat(page.getElementById(errorId)).as(errorId).isNotNull();
            Element described = field.hasAttr("aria-describedby") ? field : field.closest("fieldset");
            assertThat(described.attr("aria-describedby")).as("aria-describedby of " + link).contains(errorId);
        }
        assertThat(page.getElementById("url-0-error").text()).contains("Enter the web address");
        assertThat(page.getElementById("signature-error").text()).contains("Type your full name");
    }

    @Test
    void badAddressIsNamedByItsNumberAndAnswersAreKept() {
        FormSession session = new FormSession();
        Map<String, List<String>> form = VictimReports.completed(session,
                List.of("https://fine.example.org/x", "ftp://files.example.org/y"));

        Response response = session.post("/report", form);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = session.page();
        assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#url-1");
        assertThat(page.getElementById("url-1-error").text()).contains("web address 2", "https://");
        assertThat(page.getElementById("url-1-error").text()).doesNotContain("files.example.org");
        assertThat(page.getElementById("url-1").val()).isEqualTo("ftp://files.example.org/y");
        assertThat(page.getElementById("signature").val()).isEqualTo(VictimReports.NAME);
    }

    @Test
    void unusableHashesFromTheBrowserAreRefusedAndNothingIsFiled() {
        FormSession session = new FormSession();
        String url = VictimReports.uniqueUrl("hashes.example.org");
        Map<String, List<String>> form = VictimReports.completed(session, List.of(url));
        form.put("hashes", List.of("[{\"algorithm\":\"MD5\",\"value\":\"abc\"}]"));

        assertThat(session.post("/report", form).statusCode()).isEqualTo(400);
        assertThat(session.page().selectFirst(".error-summary a").attr("href")).isEqualTo("#hashes");
        form.put("hashes", List.of("not json"));
        assertThat(session.post("/report", form).statusCode()).isEqualTo(400);
        assertThat(session.page().getElementById("hashes-error").text()).contains("could not be read");
        assertThat(db.count("SELECT count(*) FROM report_item WHERE url = ?", url)).isZero();
    }

    @Test
    void theHeaderAuthenticatedApiIsNotAskedForAFormToken() {
        FormSession session = new FormSession();
        VictimReports.Receipt receipt = VictimReports.send(session, VictimReports.completed(session,
                List.of(VictimReports.uniqueUrl("api.example.org"))));
        // HTTP clients often label a bodiless POST as a form; the API is authenticated by header, not by cookie.
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.URLENC)
                .header("X-Access-Code", receipt.accessCode())
                .post("/v1/reports/" + receipt.caseRef() + "/withdrawal").then().statusCode(202);
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.URLENC).formParam("url", "x")
                .post("/v1/reports").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void formWithoutItsCsrfTokenIsRefusedAndFilesNothing() {
        FormSession session = new FormSession();
        String url = VictimReports.uniqueUrl("forged.example.org");
        Map<String, List<String>> form = VictimReports.completed(session, List.of(url));
        Map<String, List<String>> forged = new java.util.LinkedHashMap<>(form);
        forged.remove(FormSession.CSRF_FIELD);

        Response refused = session.post("/report", forged);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(session.page().selectFirst("h1").text()).isEqualTo("Your form could not be sent");
        Map<String, List<String>> wrongToken = new java.util.LinkedHashMap<>(form);
        wrongToken.put(FormSession.CSRF_FIELD, List.of("A".repeat(22)));
        assertThat(session.post("/report", wrongToken).statusCode()).isEqualTo(400);
        // A page on another site can post the form but cannot read or set this site's cookie.
        FormSession otherSite = new FormSession();
        assertThat(otherSite.post("/report", form).statusCode()).isEqualTo(400);

        assertThat(db.count("SELECT count(*) FROM report_item WHERE url = ?", url)).isZero();
        assertThat(session.post("/report", form).statusCode()).as("the genuine form still works").isEqualTo(200);
        assertThat(db.count("SELECT count(*) FROM report_item WHERE url = ?", url)).isOne();
    }
}
