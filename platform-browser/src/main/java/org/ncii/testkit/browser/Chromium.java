package org.ncii.testkit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's own headless Chromium, driven through its own chromedriver: these machines cannot
 * download a browser, so nothing here ever asks Selenium Manager for one. Without Chromium a test is
 * skipped with a message saying so, except under {@code CI=true}, where a missing browser fails the build.
 */
public final class Chromium implements AutoCloseable {

    public static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    /** A common laptop viewport, and a small phone's (iPhone SE-sized, the narrowest still sold). */
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(375, 740);

    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private String viewport = "desktop";

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts a fresh headless Chromium with an empty profile and a desktop-sized window. Skips the
     * calling test when Chromium or chromedriver is missing, unless CI=true.
     */
    public static Chromium launch() {
        boolean present = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!present) {
            String message = "Chromium browser tests need " + BINARY + " and " + DRIVER
                    + " (Debian packages chromium and chromium-driver); not found";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ", and CI=true requires them.");
            }
            System.err.println("SKIPPED: " + message + ".");
            Assumptions.abort(message + ": skipped.");
        }
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            // The flags that keep Chromium from reaching for the network it cannot reach here.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                    "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Chromium open(String url) {
        driver.get(url);
        return this;
    }

    /**
     * Clicks something that loads a new page (a link, a form's submit button) and returns once that page has
     * replaced the old one and finished loading. Selenium's click returns as soon as the click is dispatched, so a
     * test that reads the page right after a bare click can read the old one.
     */
    public Chromium clickAndLoad(WebElement element) {
        // A mark on the current window: a new page has a new window object, so the mark's absence means it loaded.
        // (Watching the old element go stale is not enough: mid-navigation Chromium can answer with other errors.)
        driver.executeScript("window.__beforeClick = true");
        element.click();
        new WebDriverWait(driver, PAGE_LOAD).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return window.__beforeClick === undefined && document.readyState === 'complete'")));
        return this;
    }

    /** {@link #clickAndLoad(WebElement)} on the element {@code locator} finds. */
    public Chromium clickAndLoad(By locator) {
        return clickAndLoad(driver.findElement(locator));
    }

    public Chromium desktop() {
        return resize(DESKTOP, "desktop");
    }

    public Chromium phone() {
        return resize(PHONE, "phone");
    }

    private Chromium resize(Dimension size, String name) {
        driver.manage().window().setSize(size);
        viewport = name;
        return this;
    }

    /** Saves the whole visible page as {@code target/screenshots/<name>-<viewport>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + "-" + viewport + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (WCAG 2.0-2.2 A and AA rules) inside the current page and fails when it finds a
     * serious or critical violation, listing each with the elements it concerns.
     */
    public Axe.Result assertAccessible(String pageName) {
        Axe.Result result = Axe.run(driver);
        List<Axe.Violation> blocking = result.blocking();
        if (!blocking.isEmpty()) {
            Assertions.fail("Accessibility violations on " + pageName + " (" + viewport + "):\n"
                    + Axe.describe(blocking));
        }
        return result;
    }

    /** Runs a script in the page; arguments and result as Selenium converts them. */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover empty profile in /tmp harms nothing.
        }
    }
}
