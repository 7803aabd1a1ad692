package org.ncii.system.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.devstack.PlatformService;
import org.ncii.devstack.partner.ReceivedWebhook;
import org.ncii.system.Reports;
import org.ncii.system.Scenario;
import org.ncii.system.SystemPlatform;

/**
 * A reporter's words reach a letter only as text: a name and signature full of Qute, expression-language and HTML
 * syntax appear verbatim in the rendered notice staff read, in the webhook and in the e-mail, never evaluated.
 */
@ExtendWith(Scenario.class)
class TemplateEscapingIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String NAME = "Eve {#if true}EVALUATED{/if} {inject:vertx} {7*7} ${7*7} #{7*7} <script>alert(1)</script>";
    private static final String SIGNATURE = "Eve {#each 1}LOOPED{/each} {config:quarkus.datasource.password} <img src=x onerror=alert(1)>";

    @Test
    void templateAndHtmlSyntaxFromTheReporterIsNeverEvaluated() throws Exception {
        SystemPlatform platform = SystemPlatform.get();
        platform.metaPartner();
        String t = Reports.token();
        String content = List.of(Reports.facebook(t), Reports.unknownHost(t)).stream()
                .map(u -> "{\"url\":\"" + u + "\",\"description\":\"{#if true}DESCRIBED{/if} <b>${7*7}</b>\"}")
                .reduce((a, b) -> a + "," + b).orElseThrow();
        String body = """
                {"content":[%s],
                 "reporter":{"role":"VICTIM","name":"%s","email":"eve.template.%s@example.org"},
                 "subject":{"countryOfResidence":"GB","minor":false},
                 "declarations":{"notConsented":true,"goodFaith":true,"accurate":true},
                 "signature":"%s",
                 "shareIdentityWithPlatforms":true}
                """.formatted(content, NAME, t, SIGNATURE);
        String caseRef = given().baseUri(platform.url(PlatformService.INTAKE)).contentType(ContentType.JSON).body(body)
                .post("/v1/reports").then().statusCode(202).extract().path("caseRef");

        ReceivedWebhook webhook = await("Meta receives the notice").atMost(PATIENCE)
                .until(() -> platform.metaInbox().acceptedAbout(t), l -> !l.isEmpty()).get(0);
        assertThat(webhook.body().path("data").path("requester").path("name").asText()).isEqualTo(NAME);
        assertThat(webhook.body().toString()).doesNotContain("DESCRIBED");

        MimeMessage mail = await("the abuse desk receives the e-mailed notice").atMost(PATIENCE)
                .until(() -> IdentifyingReport.mailAbout(platform, t), m -> m != null);
        assertThat(mail.getContentType()).startsWith("text/plain");
        verbatim("the e-mail", IdentifyingReport.text(mail));

        JsonPath view = await().atMost(PATIENCE).until(() -> platform.staff().caseView(caseRef), v -> v != null
                && v.getList("requests").size() == 2);
        for (String requestId : view.<String>getList("requests.id")) {
            String letter = given().baseUri(platform.url(PlatformService.TAKEDOWN)).auth().oauth2(platform.tokens.staff())
                    .get("/v1/removal-requests/{id}", requestId).then().statusCode(200).extract().path("letter");
            verbatim("the letter of request " + requestId, letter);
        }
    }

    /** Plain text: the reporter's words exactly as typed, nothing a template engine or a browser made of them. */
    private static void verbatim(String what, String text) {
        assertThat(text).as(what).contains(NAME, SIGNATURE)
                .doesNotContain("DESCRIBED", "postgres")
                .doesNotContainPattern("(?<!\\{#if true\\})EVALUATED")
                .doesNotContainPattern("(?<!\\{#each 1\\})LOOPED");
    }
}
