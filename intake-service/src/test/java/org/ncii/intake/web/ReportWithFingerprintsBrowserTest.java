package org.ncii.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ncii.events.FoundAgain;
import org.ncii.events.ItemStatus;
import org.ncii.events.RequestStatus;
import org.ncii.testkit.TestDatabase;
import org.ncii.testkit.browser.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The real report form with a real file: the victim picks the published PDQ reference image, the page works out its
 * fingerprints on the device (progress, then done), and the report that arrives holds the hashes (PDQ as published,
 * its seven marked variants, MD5 and SHA-256) while no request carried the image. The victim asked to be told of
 * copies found again, and the status page lists one accessibly.
 */
@QuarkusTest
class ReportWithFingerprintsBrowserTest {
    /** The variants are worked out from the original, the published ones from re-encoded files: a few bits apart. */
    private static final int DIHEDRAL_BOUND = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Chromium chromium;

    @TestHTTPResource("/")
    URL root;

    KafkaCompanion kafka;
    TestDatabase db;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void fingerprintsWorkedOutInTheBrowserArriveWithTheReportAndTheImageNeverLeaves() throws Exception {
        Path image = Path.of(getClass().getResource("/pdq-vectors/bridge-1-original.jpg").toURI()).toAbsolutePath();
        WebDriver page = chromium.desktop().open(url("/report")).driver();
        chromium.script("""
                window.progressSeen = [];
                var bar = document.getElementById('hashes-progress');
                new MutationObserver(function () {
                  if (!bar.hidden) { window.progressSeen.push(Number(bar.value)); }
                }).observe(bar, {attributes: true});""");

        page.findElement(By.id("hashes-file")).sendKeys(image.toString());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                page.findElement(By.id("hashes-status")).getText().contains("fingerprints added"));
        assertThat(page.findElement(By.id("hashes-status")).getText())
                .isEqualTo("10 fingerprints added. The file itself stayed on your device.");
        @SuppressWarnings("unchecked")
        List<Number> progress = (List<Number>) chromium.script("return window.progressSeen;");
        assertThat(progress).as("progress shown while working").isNotEmpty();
        assertThat(page.findElement(By.id("hashes-progress")).isDisplayed()).as("progress hidden when done").isFalse();

        String address = VictimReports.uniqueUrl("bridge.example.com");
        page.findElement(By.id("url-0")).sendKeys(address);
        new Select(page.findElement(By.id("country"))).selectByValue("GB");
        page.findElement(By.id("minor-no")).click();
        page.findElement(By.id("role")).click();
        page.findElement(By.id("tellMeIfFoundAgain")).click();
        page.findElement(By.id("notConsented")).click();
        page.findElement(By.id("goodFaith")).click();
        page.findElement(By.id("accurate")).click();
        page.findElement(By.id("signature")).sendKeys(VictimReports.NAME);
        int before = RequestBodySizes.received().size();
        chromium.clickAndLoad(By.xpath("//button[normalize-space()='Send report']"));
        String caseRef = page.findElement(By.id("receipt-case-ref")).getText();
        String accessCode = page.findElement(By.id("receipt-access-code")).getText();

        Map<String, JsonNode> hashes = storedHashes(caseRef);
        List<String[]> vectors = vectors();
        String original = hashes.get("PDQ").path("value").asText();
        System.out.println("bridge-1 PDQ from the report page: " + original + ", distance to the published vector "
                + distance(original, vectors.get(0)[1]));
        assertThat(original).as("the original's PDQ hash, as published").isEqualTo(vectors.get(0)[1]);
        assertThat(hashes.get("PDQ").path("quality").asInt()).isEqualTo(100);
        for (String[] vector : vectors.subList(1, vectors.size())) {
            JsonNode variant = hashes.get("PDQ/" + variantOf(vector[0]));
            assertThat(variant).as(vector[0]).isNotNull();
            assertThat(distance(variant.path("value").asText(), vector[1])).as(vector[0]).isLessThanOrEqualTo(DIHEDRAL_BOUND);
        }
        byte[] bytes = Files.readAllBytes(image);
        assertThat(hashes.get("MD5").path("value").asText()).isEqualTo(digest("MD5", bytes));
        assertThat(hashes.get("SHA256").path("value").asText()).isEqualTo(digest("SHA-256", bytes));
        assertThat(hashes).hasSize(10);

        List<RequestBodySizes.Received> sent = RequestBodySizes.received().subList(before, RequestBodySizes.received().size());
        assertThat(sent).as("one form post, and nothing else carried a body").singleElement()
                .satisfies(post -> {
                    assertThat(post.path()).isEqualTo("/report");
                    assertThat(post.contentType()).startsWith("application/x-www-form-urlencoded");
                    assertThat(post.length()).as("the form is a few kilobytes; the image is %d", bytes.length)
                            .isBetween(1L, 16_000L);
                });
        assertOnlyOwnResourcesLoadedAndNoScriptSentAnything();

        showsACopyFoundAgain(caseRef, accessCode, page);
    }

    /** The opted-in victim reads a copy found again on the status page, which passes axe. */
    private void showsACopyFoundAgain(String caseRef, String accessCode, WebDriver page) {
        List<ItemStatus> items = db.query("SELECT i.id, i.url FROM report_item i JOIN intake_case c ON c.id = i.case_id "
                + "WHERE c.case_ref = ?", caseRef).stream().map(row -> new ItemStatus((String) row.get("id"),
                (String) row.get("url"), "HOSTING_PROVIDER", RequestStatus.REMOVED, null, Instant.now())).toList();
        Instant found = Instant.parse("2026-11-28T09:00:00Z");
        TakedownStatus.publish(kafka, caseRef, "RESOLVED", 1, items,
                List.of(new FoundAgain("INSTAGRAM", "REMOVED", found, found.plusSeconds(60))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM intake_case WHERE case_ref = ? AND found_again IS NOT NULL", caseRef) == 1);
        chromium.open(url("/status"));
        page.findElement(By.id("caseRef")).sendKeys(caseRef);
        page.findElement(By.id("accessCode")).sendKeys(accessCode);
        chromium.clickAndLoad(By.xpath("//button[normalize-space()='Show progress']"));
        assertThat(page.findElement(By.id("found-again")).getText())
                .contains("Found again on Instagram and removed on Saturday 28 November 2026, 09:00 UTC");
        chromium.script("document.getElementById('found-again').scrollIntoView();");
        chromium.assertAccessible("victim-status-found-again");
        chromium.screenshot("victim-status-found-again");
        chromium.phone();
        chromium.script("document.getElementById('found-again').scrollIntoView();");
        chromium.assertAccessible("victim-status-found-again");
        chromium.screenshot("victim-status-found-again");
        chromium.desktop();
    }

    /** The item's stored hashes by algorithm, PDQ variants as "PDQ/ROTATE_90" and so on. */
    private Map<String, JsonNode> storedHashes(String caseRef) throws Exception {
        List<Map<String, Object>> rows = db.query("SELECT i.hashes FROM report_item i JOIN intake_case c ON c.id = i.case_id "
                + "WHERE c.case_ref = ?", caseRef);
        assertThat(rows).hasSize(1);
        JsonNode stored = JSON.readTree((String) rows.get(0).get("hashes"));
        return java.util.stream.StreamSupport.stream(stored.spliterator(), false).collect(Collectors.toMap(
                h -> h.path("algorithm").asText() + (h.hasNonNull("variant") ? "/" + h.path("variant").asText() : ""),
                h -> h));
    }

    private void assertOnlyOwnResourcesLoadedAndNoScriptSentAnything() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> loaded = (List<Map<String, Object>>) chromium.script(
                "return performance.getEntriesByType('resource').map(function (e) {"
                        + " return {name: e.name, initiator: e.initiatorType}; });");
        String origin = url("/").replaceAll("/$", "");
        assertThat(loaded).allSatisfy(entry -> {
            assertThat((String) entry.get("name")).startsWith(origin);
            assertThat(entry.get("initiator")).isNotIn("fetch", "xmlhttprequest", "beacon");
        });
    }

    private static String digest(String algorithm, byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    }

    private static int distance(String a, String b) {
        int d = 0;
        for (int i = 0; i < 64; i++) {
            d += Integer.bitCount(Character.digit(a.charAt(i), 16) ^ Character.digit(b.charAt(i), 16));
        }
        return d;
    }

    private static String variantOf(String file) {
        return switch (file.replaceFirst("^bridge-\\d-", "").replace(".jpg", "")) {
            case "rotate-90" -> "ROTATE_90";
            case "rotate-180" -> "ROTATE_180";
            case "rotate-270" -> "ROTATE_270";
            case "flipx" -> "FLIP_X";
            case "flipy" -> "FLIP_Y";
            case "flip-plus-1" -> "FLIP_PLUS_1";
            case "flip-minus-1" -> "FLIP_MINUS_1";
            default -> throw new IllegalArgumentException(file);
        };
    }

    private static List<String[]> vectors() throws Exception {
        try (var in = ReportWithFingerprintsBrowserTest.class.getResourceAsStream("/pdq-vectors/expected.csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
        }
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
