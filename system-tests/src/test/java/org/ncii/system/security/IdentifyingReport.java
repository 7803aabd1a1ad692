package org.ncii.system.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.ncii.devstack.PlatformService;
import org.ncii.devstack.partner.ReceivedWebhook;
import org.ncii.system.Partner;
import org.ncii.system.Reports;
import org.ncii.system.SystemPlatform;

/**
 * One full happy path with a victim who shares their identity, run once per test JVM: distinctive personal data
 * that must then be findable nowhere at rest or in a log, delivered to Meta by webhook (acknowledged and removed)
 * and to an unknown host's abuse desk by e-mail. Holds every value that must stay secret.
 */
final class IdentifyingReport {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static IdentifyingReport done;

    final String token = Reports.token();
    final String name = "Zebulon Quixtrel-Vantablack";
    final String email = "zebulon.quixtrel." + token + "@victims.example";
    final String phone = "+44 7700 913579";
    final String signature = "Zebulon Q. Vantablack-Signatory";
    final String description = "Kestrelwhisper photograph " + token + " taken at the Ventnor lido";
    final List<String> urls = List.of(Reports.facebook(token), Reports.unknownHost(token));
    String caseRef;
    String accessCode;
    Partner meta;
    ReceivedWebhook webhook;
    MimeMessage mail;

    private IdentifyingReport() {
    }

    static synchronized IdentifyingReport run(SystemPlatform platform) throws Exception {
        if (done == null) {
            IdentifyingReport report = new IdentifyingReport();
            report.deliver(platform);
            done = report;
        }
        return done;
    }

    /** The values none of the platform's databases or logs may hold in clear text. */
    Map<String, String> secrets() {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put("reporter name", name);
        all.put("reporter e-mail", email);
        all.put("reporter phone", phone);
        all.put("reporter phone (digits)", phone.replaceAll("[^0-9]", ""));
        all.put("signature", signature);
        all.put("description", description);
        all.put("access code", accessCode);
        all.put("access code (no dashes)", accessCode.replace("-", ""));
        all.put("partner API key", meta.apiKey());
        // npk_<keyId>_<secret>: the key id is stored in clear for lookup; the secret (base64url, may hold '_') never.
        all.put("partner API key (secret part)", meta.apiKey().substring(meta.apiKey().indexOf('_', "npk_".length()) + 1));
        all.put("webhook signing secret", meta.signingSecret());
        all.put("webhook signing secret (key part)", meta.signingSecret().substring("whsec_".length()));
        return all;
    }

    private void deliver(SystemPlatform platform) throws Exception {
        meta = platform.metaPartner();
        String content = urls.stream().map(u -> "{\"url\":\"" + u + "\",\"description\":\"" + description + "\"}")
                .reduce((a, b) -> a + "," + b).orElseThrow();
        String body = """
                {"content":[%s],
                 "reporter":{"role":"VICTIM","name":"%s","email":"%s","phone":"%s"},
                 "subject":{"countryOfResidence":"GB","minor":false},
                 "declarations":{"notConsented":true,"goodFaith":true,"accurate":true},
                 "signature":"%s",
                 "shareIdentityWithPlatforms":true}
                """.formatted(content, name, email, phone, signature);
        Response submitted = given().baseUri(platform.url(PlatformService.INTAKE)).contentType(ContentType.JSON).body(body)
                .post("/v1/reports");
        submitted.then().statusCode(202);
        caseRef = submitted.path("caseRef");
        accessCode = submitted.path("accessCode");

        webhook = await("Meta receives the notice naming the victim").atMost(PATIENCE)
                .until(() -> platform.metaInbox().acceptedAbout(token), l -> !l.isEmpty()).get(0);
        // The victim opted in: the notice names them. Without this the scans below could pass on data that never flowed.
        assertThat(webhook.rawBody()).contains(name, email);
        mail = await("the abuse desk receives the e-mailed notice").atMost(PATIENCE)
                .until(() -> mailAbout(platform, token), m -> m != null);

        meta.acknowledge(webhook.noticeId(), "RECEIVED");
        meta.acknowledge(webhook.noticeId(), "REMOVED");
        await("the victim sees the removal").atMost(PATIENCE).until(() -> given().baseUri(platform.url(PlatformService.INTAKE))
                .header("X-Access-Code", accessCode).get("/v1/reports/{caseRef}", caseRef).then().statusCode(200)
                .extract().jsonPath().getList("items.status"), s -> s.contains("REMOVED") && s.contains("SENT"));
    }

    static MimeMessage mailAbout(SystemPlatform platform, String token) throws Exception {
        for (MimeMessage m : platform.mail.received()) {
            if (text(m).contains(token)) {
                return m;
            }
        }
        return null;
    }

    /** The decoded text of a message, all parts together. */
    static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof Multipart multipart) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                parts.add(String.valueOf(multipart.getBodyPart(i).getContent()));
            }
            return String.join("\n", parts);
        }
        return String.valueOf(content);
    }
}
