package org.ncii.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ncii.events.ItemStatus;
import org.ncii.events.RequestStatus;
import org.ncii.testkit.TestDatabase;
import org.ncii.testkit.browser.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A victim in a real browser: files a report with two addresses (adding the second with the page's own button),
 * saves the receipt, reads the progress of each address, and withdraws after confirming. Every page passes axe at
 * desktop and phone width and is photographed for the README.
 */
@QuarkusTest
class VictimJourneyBrowserTest {
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
    void victimFilesAReportWithTwoAddressesReadsItsProgressAndWithdrawsIt() {
        WebDriver page = chromium.desktop().open(url("/")).driver();
        check("victim-home");
        chromium.clickAndLoad(By.linkText("Start a report"));
        check("victim-report");

        String video = VictimReports.uniqueUrl("video.example.com");
        String picture = VictimReports.uniqueUrl("pictures.example.net");
        page.findElement(By.id("url-0")).sendKeys(video);
        page.findElement(By.xpath("//button[normalize-space()='Add another web address']")).click();
        assertThat(page.switchTo().activeElement().getAttribute("id")).as("focus moves to the new field").isEqualTo("url-1");
        page.findElement(By.id("url-1")).sendKeys(picture);
        new Select(page.findElement(By.id("country"))).selectByValue("GB");
        page.findElement(By.id("minor-no")).click();
        page.findElement(By.id("role")).click();
        page.findElement(By.id("email")).sendKeys(VictimReports.EMAIL);
        page.findElement(By.id("notConsented")).click();
        page.findElement(By.id("goodFaith")).click();
        page.findElement(By.id("accurate")).click();
        page.findElement(By.id("signature")).sendKeys(VictimReports.NAME);
        chromium.clickAndLoad(By.xpath("//button[normalize-space()='Send report']"));

        String caseRef = page.findElement(By.id("receipt-case-ref")).getText();
        String accessCode = page.findElement(By.id("receipt-access-code")).getText();
        assertThat(page.findElement(By.cssSelector("[data-print]")).isDisplayed()).as("print button shown by script").isTrue();
        check("victim-receipt");
        assertThat(db.count("SELECT count(*) FROM report_item i JOIN intake_case c ON c.id = i.case_id WHERE c.case_ref = ?",
                caseRef)).isEqualTo(2);
        assertOnlyOwnResourcesLoaded(page);

        showsProgress(caseRef);
        chromium.clickAndLoad(By.linkText("Check progress of your report"));
        check("victim-status-lookup");
        page.findElement(By.id("caseRef")).sendKeys(caseRef);
        page.findElement(By.id("accessCode")).sendKeys(accessCode.toLowerCase().replace("-", ""));
        chromium.clickAndLoad(By.xpath("//button[normalize-space()='Show progress']"));
        assertThat(page.findElement(By.id("status-case-ref")).getText()).isEqualTo(caseRef);
        assertThat(page.findElement(By.tagName("main")).getText()).contains(video, picture, "YouTube", "Sent", "Deadline:",
                "Removed", "The website's hosting company", "Platform is acting on it");
        assertThat(page.getCurrentUrl()).doesNotContain(accessCode).doesNotContain(accessCode.replace("-", ""));
        check("victim-status");

        chromium.clickAndLoad(By.xpath("//button[normalize-space()='Withdraw this report']"));
        assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("Are you sure");
        check("victim-withdraw-confirm");
        assertThat(db.count("SELECT count(*) FROM intake_case WHERE case_ref = ? AND withdrawn_at IS NULL", caseRef)).isOne();
        chromium.clickAndLoad(By.xpath("//button[normalize-space()='Yes, withdraw my report']"));
        assertThat(page.findElement(By.id("withdrawn-case-ref")).getText()).isEqualTo(caseRef);
        check("victim-withdrawn");
        assertThat(db.count("SELECT count(*) FROM intake_case WHERE case_ref = ? AND status = 'WITHDRAWN'", caseRef)).isOne();
    }

    @Test
    void refusedFormFocusesTheErrorSummaryWhoseLinksLeadToTheFields() {
        WebDriver page = chromium.desktop().open(url("/report")).driver();
        chromium.clickAndLoad(By.xpath("//button[normalize-space()='Send report']"));

        assertThat(page.getTitle()).startsWith("Error:");
        assertThat(page.switchTo().activeElement().getAttribute("class")).contains("error-summary");
        check("victim-report-errors");
        page.findElement(By.linkText("Type your full name to sign this report")).click();
        assertThat(page.getCurrentUrl()).endsWith("#signature");
    }

    @Test
    void formWhoseCookieIsGoneIsRefusedWithAnExplanationAndFilesNothing() {
        WebDriver page = chromium.desktop().open(url("/report")).driver();
        String address = VictimReports.uniqueUrl("no-cookie.example.org");
        page.findElement(By.id("url-0")).sendKeys(address);
        // A forged cross-site post arrives without this site's cookie; so does a form kept open after it expired.
        page.manage().deleteCookieNamed("intake-form");
        chromium.clickAndLoad(By.xpath("//button[normalize-space()='Send report']"));

        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Your form could not be sent");
        check("victim-form-expired");
        assertThat(db.count("SELECT count(*) FROM report_item WHERE url = ?", address)).isZero();
    }

    @Test
    void quickExitLeavesWithoutLeavingThisPageInTheHistory() {
        WebDriver page = chromium.desktop().open(url("/")).driver();
        chromium.clickAndLoad(By.linkText("Start a report"));
        // The machine has no network: point the button at a local blank page, the script is what is under test.
        chromium.script("document.getElementById('quick-exit').setAttribute('href', 'about:blank');");
        page.findElement(By.id("quick-exit")).click();
        await().atMost(Duration.ofSeconds(5)).until(() -> "about:blank".equals(page.getCurrentUrl()));

        page.navigate().back();

        assertThat(page.getCurrentUrl()).as("Back skips the page that was left").doesNotEndWith("/report");
    }

    /** Axe at desktop and phone width, with a screenshot of each. */
    private void check(String name) {
        chromium.desktop();
        chromium.assertAccessible(name);
        chromium.screenshot(name);
        chromium.phone();
        chromium.assertAccessible(name);
        chromium.screenshot(name);
        assertThat(wideElements()).as("content wider than a phone on " + name).isEmpty();
        // WCAG 1.4.10 reflow: 320 CSS pixels wide, as a 1280-pixel screen at 400% zoom, without sideways scrolling.
        chromium.driver().manage().window().setSize(new Dimension(320, 740));
        assertThat(wideElements()).as("content wider than 320 pixels on " + name).isEmpty();
        chromium.desktop();
    }

    /** Elements reaching past the right edge of the viewport, which would force sideways scrolling. */
    @SuppressWarnings("unchecked")
    private List<String> wideElements() {
        return (List<String>) chromium.script("""
                var width = document.documentElement.clientWidth, wide = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var box = e.getBoundingClientRect();
                  if (box.width > 0 && box.right > width + 1) {
                    wide.push(e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' right=' + Math.round(box.right));
                  }
                });
                return wide;""");
    }

    private void showsProgress(String caseRef) {
        List<Map<String, Object>> items = db.query("SELECT i.id, i.url FROM report_item i JOIN intake_case c ON c.id = i.case_id "
                + "WHERE c.case_ref = ? ORDER BY i.position", caseRef);
        Instant now = Instant.now();
        TakedownStatus.publish(kafka, caseRef, "OPEN", 1, List.of(
                item(items.get(0), "YOUTUBE", RequestStatus.SENT, now.plus(Duration.ofHours(47))),
                item(items.get(0), "GOOGLE_SEARCH", RequestStatus.REMOVED, null),
                item(items.get(1), "HOSTING_PROVIDER", RequestStatus.ACKNOWLEDGED, now.plus(Duration.ofHours(40)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM intake_case WHERE case_ref = ? AND status = 'OPEN'", caseRef) == 1);
    }

    private static ItemStatus item(Map<String, Object> row, String platform, RequestStatus status, Instant due) {
        return new ItemStatus((String) row.get("id"), (String) row.get("url"), platform, status, due, Instant.now());
    }

    private void assertOnlyOwnResourcesLoaded(WebDriver page) {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) chromium.script(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        String origin = url("/").replaceAll("/$", "");
        assertThat(loaded).isNotEmpty().allMatch(name -> name.startsWith(origin), "served by intake itself");
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
