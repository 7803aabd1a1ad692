package org.ncii.system.hashes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.devstack.PlatformService;
import org.ncii.devstack.partner.ReceivedWebhook;
import org.ncii.system.Partner;
import org.ncii.system.Reports;
import org.ncii.system.Scenario;
import org.ncii.system.SystemPlatform;
import org.ncii.system.Victim;
import org.ncii.system.browser.DashboardAccounts;

/**
 * Issue 11's "done when", end to end: the victim's own tool hashes the reference image, a report carries those
 * hashes, a later report carrying only the hash of a mirrored copy is linked to it (staff API and dashboard, on both
 * cases) and its notice says the content was reported before; the platform that received the first notice reports
 * a copy found again by one of its hashes, and the caseworker and the victim both see it.
 */
@ExtendWith(Scenario.class)
class HashesIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void toolHashesLinkAMirroredCopyAndAPartnerMatchReachesCaseworkerAndVictim() throws Exception {
        SystemPlatform platform = SystemPlatform.get();
        Partner meta = platform.metaPartner();
        Victim victim = platform.victim();
        String takedown = platform.url(PlatformService.TAKEDOWN);

        JsonNode original = TakedownHashTool.hashesOf("pdq-vectors/bridge-1-original.jpg");
        assertThat(original.findValuesAsText("algorithm")).containsExactly("PDQ", "PDQ", "PDQ", "PDQ", "PDQ", "PDQ",
                "PDQ", "PDQ", "MD5", "SHA256");
        assertThat(original.findValuesAsText("variant")).hasSize(7).doesNotHaveDuplicates();
        String sha256 = original.get(9).path("value").asText();
        JsonNode flipped = TakedownHashTool.hashesOf("pdq-vectors/bridge-6-flipy.jpg");
        JsonNode flippedPdq = flipped.get(0);
        assertThat(flippedPdq.path("algorithm").asText()).isEqualTo("PDQ");
        assertThat(flippedPdq.has("variant")).isFalse();

        String t1 = Reports.token();
        Victim.Case first = submit(victim, report(original, true, Reports.facebook(t1)));
        List<ReceivedWebhook> toMeta = await("Meta receives the first notice").atMost(PATIENCE)
                .until(() -> platform.metaInbox().acceptedAbout(t1), l -> !l.isEmpty());
        JsonNode sent = toMeta.get(0).body().path("data").path("items").get(0).path("hashes");
        assertThat(sent.findValuesAsText("value")).contains(sha256, original.get(0).path("value").asText());
        assertThat(sent.findValuesAsText("variant")).hasSize(7);

        String t2 = Reports.token();
        ArrayNode onlyFlipped = JSON.createArrayNode().add(flippedPdq);
        Victim.Case second = submit(victim, report(onlyFlipped, false, Reports.facebook(t2), Reports.unknownHost(t2)));

        await("the staff API links each case to the other").atMost(PATIENCE).untilAsserted(() -> {
            assertThat(linkedCases(platform, first.caseRef())).contains(second.caseRef());
            assertThat(linkedCases(platform, second.caseRef())).contains(first.caseRef());
        });
        FormSession dashboard = FormSession.dashboard(takedown, DashboardAccounts.ADMIN, DashboardAccounts.ADMIN_PASSWORD);
        assertThat(casePage(dashboard, first.caseRef())).contains("Matches case " + second.caseRef());
        assertThat(casePage(dashboard, second.caseRef())).contains("Matches case " + first.caseRef());

        // Meta's webhook says it in a field; the abuse desk's e-mail says it in the notice's text as sent.
        assertThat(toMeta.get(0).body().path("data").path("reportedBefore").asBoolean()).as("first case's notice").isFalse();
        List<ReceivedWebhook> secondToMeta = await("Meta receives the second notice").atMost(PATIENCE)
                .until(() -> platform.metaInbox().acceptedAbout(t2), l -> !l.isEmpty());
        assertThat(secondToMeta.get(0).body().path("data").path("reportedBefore").asBoolean()).as("second case's notice").isTrue();
        String mail = await("the second case's e-mailed notice reaches the abuse desk").atMost(PATIENCE)
                .until(() -> MailText.to(platform, SystemPlatform.ABUSE_EMAIL, t2), m -> m != null);
        assertThat(mail.replaceAll("\\s+", " ")).contains("This content was reported to us before");

        // The partner may report by a hash once notifier has recorded the notice carrying it as delivered.
        String firstNotice = toMeta.get(0).noticeId();
        await("notifier records the first notice delivered to Meta").atMost(PATIENCE)
                .until(() -> platform.partnerAdmin().deliveries(meta).stream()
                        .filter(d -> firstNotice.equals(d.get("noticeId")) && "removal_request.created".equals(d.get("messageType")))
                        .map(d -> String.valueOf(d.get("status"))).toList(), statuses -> statuses.contains("DELIVERED"));
        Map<String, Object> found = Map.of("hash", sha256, "url", "https://www.facebook.com/photo?fbid=9" + t1,
                "actionTaken", "REMOVED", "foundAt", "2026-11-29T03:30:00Z");
        matchReport(meta, found).then().statusCode(202);
        assertThat(matchReport(meta, Map.of("hash", "0123456789abcdef".repeat(4), "url", "https://www.facebook.com/x",
                "actionTaken", "REMOVED", "foundAt", "2026-11-29T03:30:00Z")).statusCode()).isEqualTo(404);

        await("the first case's timeline has the copy found again").atMost(PATIENCE)
                .until(() -> platform.staff().caseView(first.caseRef()).<String>getList("timeline.what"),
                        what -> what.contains("FOUND_AGAIN"));
        assertThat(platform.staff().caseView(first.caseRef()).<String>getList("timeline.why"))
                .anyMatch(why -> why != null && why.startsWith("found again on FACEBOOK and removed"));

        await("the victim's status lists the copy found again").atMost(PATIENCE).untilAsserted(() -> {
            JsonPath status = victim.status(first);
            assertThat(status.getString("foundAgain[0].platform")).isEqualTo("FACEBOOK");
            assertThat(status.getString("foundAgain[0].actionTaken")).isEqualTo("REMOVED");
            assertThat(status.getString("foundAgain[0].foundAt")).startsWith("2026-11-29T03:30");
        });
        assertThat(statusPage(platform, first)).contains("Found again on");
    }

    private static Victim.Case submit(Victim victim, String body) {
        Response response = victim.submit(body);
        response.then().statusCode(202);
        return new Victim.Case(response.path("caseRef"), response.path("accessCode"));
    }

    /** A report whose every item carries the hashes as the tool printed them. */
    private static String report(JsonNode hashes, boolean tellMeIfFoundAgain, String... urls) throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(Reports.withUrls(urls));
        for (JsonNode item : body.path("content")) {
            ((ObjectNode) item).set("hashes", hashes);
        }
        body.put("tellMeIfFoundAgain", tellMeIfFoundAgain);
        return JSON.writeValueAsString(body);
    }

    private static List<String> linkedCases(SystemPlatform platform, String caseRef) {
        Response response = given().baseUri(platform.url(PlatformService.TAKEDOWN)).auth().oauth2(platform.tokens.staff())
                .get("/v1/hash-bank/cases/{ref}", caseRef);
        return response.statusCode() == 200 ? response.jsonPath().getList("matches.caseRef") : new ArrayList<>();
    }

    private static String casePage(FormSession dashboard, String caseRef) {
        return dashboard.get("/dashboard/cases/" + caseRef).then().statusCode(200).extract().asString();
    }

    private static Response matchReport(Partner partner, Map<String, Object> body) {
        return given().baseUri(partner.notifierUrl()).auth().oauth2(partner.apiKey()).contentType(ContentType.JSON)
                .body(body).post("/v1/partner/matches");
    }

    /** The victim's status page, opened with the case reference and access code as the victim would. */
    private static String statusPage(SystemPlatform platform, Victim.Case c) {
        FormSession intake = new FormSession(platform.url(PlatformService.INTAKE));
        intake.get("/status").then().statusCode(200);
        return intake.post("/status", Map.of("caseRef", c.caseRef(), "accessCode", c.accessCode()))
                .then().statusCode(200).extract().asString();
    }
}
