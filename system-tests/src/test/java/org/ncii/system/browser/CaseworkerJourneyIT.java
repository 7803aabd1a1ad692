package org.ncii.system.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.devstack.PlatformService;
import org.ncii.system.Reports;
import org.ncii.system.Scenario;
import org.ncii.system.SystemPlatform;
import org.ncii.system.Victim;
import org.ncii.testkit.browser.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A caseworker's day in the real browser against the whole platform: a victim's report reaches a platform no partner
 * answers for, the caseworker files it by hand from the dashboard and marks it submitted, and the victim's status
 * shows it sent; then the admin registers a partner from the dashboard and notifier-service has it.
 */
@ExtendWith(Scenario.class)
class CaseworkerJourneyIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void caseworkerFilesAManualRequestAndTheVictimSeesItSent() {
        SystemPlatform platform = SystemPlatform.get();
        String takedown = platform.url(PlatformService.TAKEDOWN);
        String t = Reports.token();
        String url = "https://x.com/someone/status/" + t;
        Victim victim = platform.victim();
        Victim.Case c = victim.report(url);

        await("takedown hands the X request over for filing by hand").atMost(PATIENCE).until(() -> {
            JsonPath view = platform.staff().caseView(c.caseRef());
            return view != null && "MANUAL_REQUIRED".equals(view.getString("requests[0].attention"));
        });
        assertThat(victim.itemStatus(c, t)).isNotEqualTo("SENT");

        try (Chromium chromium = Chromium.launch()) {
            chromium.open(takedown + "/dashboard");
            signIn(chromium, DashboardAccounts.ADMIN, DashboardAccounts.ADMIN_PASSWORD);
            new Select(chromium.driver().findElement(By.id("platform"))).selectByValue("X");
            chromium.clickAndLoad(button(chromium, "Filter"));
            waitForText(chromium, c.caseRef());
            chromium.screenshot("dashboard-system-queue");
            chromium.clickAndLoad(By.linkText(c.caseRef()));
            waitForText(chromium, "File it by hand");

            assertThat(body(chromium)).contains("File it by hand").contains(url);
            assertThat(chromium.driver().findElements(By.cssSelector("a[href*='/status/" + t + "']"))).isEmpty();
            chromium.assertAccessible("case page (system)");
            chromium.screenshot("dashboard-system-case");
            chromium.driver().findElement(By.cssSelector("[id^=reference-]")).sendKeys("X-CASE-" + t);
            chromium.clickAndLoad(button(chromium, "Mark submitted"));
            waitForText(chromium, "Mark submitted by hand: done");
            assertThat(body(chromium)).contains("Mark submitted by hand: done").contains("X-CASE-" + t);
            chromium.screenshot("dashboard-system-submitted");

            await("the victim sees the request sent").atMost(PATIENCE)
                    .until(() -> "SENT".equals(victim.itemStatus(c, t)));
            victimStatusPage(chromium, platform.url(PlatformService.INTAKE), c);
        }
    }

    @Test
    void adminRegistersAPartnerFromTheDashboard() {
        SystemPlatform platform = SystemPlatform.get();
        String takedown = platform.url(PlatformService.TAKEDOWN);
        String partnerId;
        try (Chromium chromium = Chromium.launch()) {
            chromium.open(takedown + "/dashboard/partners");
            signIn(chromium, DashboardAccounts.ADMIN, DashboardAccounts.ADMIN_PASSWORD);
            chromium.open(takedown + "/dashboard/partners");
            chromium.driver().findElement(By.id("partner-name")).sendKeys("Reddit Safety");
            chromium.driver().findElement(By.id("partner-platforms")).sendKeys("REDDIT");
            chromium.driver().findElement(By.id("partner-email")).sendKeys("safety@reddit.example");
            chromium.clickAndLoad(button(chromium, "Register partner"));
            waitForText(chromium, "Partner registered");
            assertThat(body(chromium)).contains("Partner registered").contains("shown only this once").contains("whsec_");
            chromium.assertAccessible("partner registered");
            chromium.screenshot("dashboard-system-partner-registered");
            partnerId = chromium.driver().findElement(By.id("partner-id")).getText();

            chromium.clickAndLoad(By.linkText("Open this partner"));
            waitForText(chromium, "Partner Reddit Safety");
            assertThat(body(chromium)).contains("Partner Reddit Safety").contains("REDDIT");
            chromium.screenshot("dashboard-system-partner");
        }
        JsonPath registered = given().baseUri(platform.url(PlatformService.NOTIFIER)).auth().oauth2(platform.tokens.admin())
                .get("/v1/partners/{id}", partnerId).then().statusCode(200).extract().jsonPath();
        assertThat(registered.getString("name")).isEqualTo("Reddit Safety");
        assertThat(registered.<String>getList("platforms")).isEqualTo(List.of("REDDIT"));
    }

    /** The victim's own status page on intake-service, where they enter their reference and code. */
    private static void victimStatusPage(Chromium chromium, String intake, Victim.Case c) {
        chromium.open(intake + "/status");
        chromium.driver().findElement(By.id("caseRef")).sendKeys(c.caseRef());
        chromium.driver().findElement(By.id("accessCode")).sendKeys(c.accessCode());
        chromium.clickAndLoad(button(chromium, "Show progress"));
        waitForText(chromium, c.caseRef());
        chromium.screenshot("dashboard-system-victim-status");
    }

    private static void signIn(Chromium chromium, String email, String password) {
        chromium.driver().findElement(By.id("email")).sendKeys(email);
        chromium.driver().findElement(By.id("password")).sendKeys(password);
        chromium.clickAndLoad(button(chromium, "Sign in"));
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.sign-out")));
    }

    /** A click does not wait for the page a form leads to. */
    private static void waitForText(Chromium chromium, String text) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    private static WebElement button(Chromium chromium, String text) {
        return chromium.driver().findElements(By.tagName("button")).stream().filter(b -> b.getText().trim().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static String body(Chromium chromium) {
        return chromium.driver().findElement(By.tagName("body")).getText();
    }
}
