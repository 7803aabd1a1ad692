package org.ncii.takedown.dashboard;

import java.net.URL;
import java.time.Duration;

import org.ncii.testkit.browser.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A caseworker's steps in the real browser: signing in, and checking each page at desktop and phone width. */
final class DashboardBrowser {
    private DashboardBrowser() {
    }

    static void signIn(Chromium chromium, URL base, String email, String password) {
        chromium.open(base + "dashboard");
        chromium.driver().findElement(By.id("email")).sendKeys(email);
        chromium.driver().findElement(By.id("password")).sendKeys(password);
        chromium.clickAndLoad(By.cssSelector("form button[type=submit]"));
        waitFor(chromium, By.cssSelector("form.sign-out"));
    }

    /** Waits for the page a form submission leads to (a click does not wait for the next page to load). */
    static void waitFor(Chromium chromium, By what) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    static void waitForText(Chromium chromium, String text) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    /** Axe at both widths (failing on serious or critical findings) and a screenshot of each. */
    static void checkPage(Chromium chromium, String name) {
        chromium.desktop();
        chromium.assertAccessible(name);
        chromium.screenshot("dashboard-" + name);
        chromium.phone();
        chromium.assertAccessible(name);
        chromium.screenshot("dashboard-" + name);
        chromium.desktop();
    }

    static WebElement button(Chromium chromium, String text) {
        return chromium.driver().findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().trim().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " on " + chromium.driver().getCurrentUrl()));
    }

    static String text(Chromium chromium) {
        return chromium.driver().findElement(By.tagName("body")).getText();
    }
}
