package org.ncii.takedown.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ncii.events.DeliveryOutcome;
import org.ncii.takedown.TestClock;
import org.ncii.takedown.TestEvents;
import org.ncii.testkit.TestDatabase;
import org.ncii.testkit.browser.Chromium;
import org.openqa.selenium.By;

/**
 * The dashboard in the machine's headless Chromium: a caseworker files a manual request from the queue, an admin
 * adds a caseworker, a forged form is refused, sign-out ends the session; axe-core checks every page at desktop and
 * phone width, and each is photographed under target/screenshots.
 */
@QuarkusTest
class DashboardInChromiumTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    TestEvents events;

    @Inject
    TestClock clock;

    @Inject
    StaffAccounts accounts;

    KafkaCompanion kafka;
    TestDatabase db;

    private String caseworker(String password) {
        String email = "browser-" + System.nanoTime() + "@helpline.test";
        accounts.create(email, "Robin Caseworker", PasswordHashes.hash(password), StaffAccount.Role.STAFF, "test",
                Instant.now()).await().atMost(Duration.ofSeconds(10));
        return email;
    }

    private String manualCase(String fbid) {
        String caseRef = TestEvents.caseRef("TD-WEB");
        String id = events.openCase(kafka, db, caseRef, "NL", false, "https://www.facebook.com/photo/?fbid=" + fbid).get(0);
        events.deliver(kafka, id, caseRef, DeliveryOutcome.MANUAL_REQUIRED, clock.instant());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM removal_request WHERE id = ?::uuid AND attention = 'MANUAL_REQUIRED'", id) == 1);
        return caseRef;
    }

    @Test
    void caseworkerFindsTheCaseInTheQueueAndMarksTheManualRequestSubmitted() {
        String caseRef = manualCase("8801");
        String email = caseworker("robin's long password");
        try (Chromium chromium = Chromium.launch()) {
            chromium.open(base + "dashboard");
            assertThat(chromium.driver().getCurrentUrl()).endsWith("/dashboard/sign-in");
            DashboardBrowser.checkPage(chromium, "sign-in");
            DashboardBrowser.signIn(chromium, base, email, "robin's long password");

            chromium.open(base + "dashboard?country=NL");
            assertThat(DashboardBrowser.text(chromium)).contains("Robin Caseworker").contains(caseRef);
            DashboardBrowser.checkPage(chromium, "queue");
            chromium.clickAndLoad(By.linkText(caseRef));
            DashboardBrowser.waitFor(chromium, By.cssSelector("[id^=reference-]"));

            assertThat(DashboardBrowser.text(chromium)).contains("File it by hand").contains("https://www.facebook.com/photo/?fbid=8801");
            assertThat(chromium.driver().findElements(By.tagName("img"))).isEmpty();
            assertThat(chromium.driver().findElements(By.cssSelector("a[href*='fbid=8801']"))).isEmpty();
            DashboardBrowser.checkPage(chromium, "case");

            chromium.driver().findElement(By.cssSelector("[id^=reference-]")).sendKeys("FB-WEB-8801");
            chromium.clickAndLoad(DashboardBrowser.button(chromium, "Mark submitted"));
            DashboardBrowser.waitForText(chromium, "Mark submitted by hand: done");
            assertThat(DashboardBrowser.text(chromium)).contains("Mark submitted by hand: done")
                    .contains("Sent, waiting for the platform").contains("FB-WEB-8801");
        }
        assertThat(db.query("SELECT status, platform_reference FROM removal_request WHERE case_ref = ?", caseRef).get(0))
                .containsEntry("status", "SENT").containsEntry("platform_reference", "FB-WEB-8801");
    }

    @Test
    void adminAddsACaseworkerAndEveryAdminPagePassesAxe() {
        String email = "new-" + System.nanoTime() + "@helpline.test";
        try (Chromium chromium = Chromium.launch()) {
            DashboardBrowser.signIn(chromium, base, DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
            chromium.open(base + "dashboard/accounts");
            DashboardBrowser.checkPage(chromium, "accounts");
            chromium.driver().findElement(By.id("displayName")).sendKeys("Sam New");
            chromium.driver().findElement(By.id("new-email")).sendKeys(email);
            chromium.driver().findElement(By.id("new-password")).sendKeys("sam's first password");
            chromium.clickAndLoad(DashboardBrowser.button(chromium, "Add account"));
            DashboardBrowser.waitForText(chromium, "Account created for");
            assertThat(DashboardBrowser.text(chromium)).contains("Account created for " + email).contains("Sam New");

            for (String page : new String[] {"platforms", "statistics", "partners"}) {
                chromium.open(base + "dashboard/" + page);
                DashboardBrowser.checkPage(chromium, page);
            }
        }
        assertThat(db.count("SELECT count(*) FROM staff_account WHERE email = ? AND role = 'STAFF' AND enabled", email))
                .isEqualTo(1);
    }

    @Test
    void formStrippedOfItsCsrfTokenIsRefusedAndSignOutEndsTheSession() {
        String caseRef = manualCase("8802");
        try (Chromium chromium = Chromium.launch()) {
            DashboardBrowser.signIn(chromium, base, DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
            chromium.open(base + "dashboard/cases/" + caseRef);
            chromium.script("document.querySelectorAll('input[name=\"csrf-token\"]').forEach(e => e.remove())");
            chromium.driver().findElement(By.cssSelector("[id^=reference-]")).sendKeys("FORGED-1");
            chromium.clickAndLoad(DashboardBrowser.button(chromium, "Mark submitted"));
            new org.openqa.selenium.support.ui.WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("/actions"));
            assertThat(db.query("SELECT status FROM removal_request WHERE case_ref = ?", caseRef).get(0))
                    .containsEntry("status", "PENDING");

            chromium.open(base + "dashboard");
            chromium.clickAndLoad(DashboardBrowser.button(chromium, "Sign out"));
            DashboardBrowser.waitForText(chromium, "You are signed out");
            assertThat(DashboardBrowser.text(chromium)).contains("You are signed out");
            chromium.open(base + "dashboard/cases/" + caseRef);
            assertThat(chromium.driver().getCurrentUrl()).endsWith("/dashboard/sign-in");
        }
    }
}
