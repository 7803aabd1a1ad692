package org.ncii.testkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The kit against two pages on loopback: one accessible, one with an unlabelled field. */
class ChromiumTest {

    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        page("/good", """
                <!doctype html><html lang="en"><head><title>Report</title></head>
                <body><main><h1>Report</h1><form><label for="url">Address</label>
                <input id="url" name="url"></form></main></body></html>""");
        page("/bad", """
                <!doctype html><html lang="en"><head><title>Report</title></head>
                <body><main><h1>Report</h1><form><input id="url" name="url"></form></main></body></html>""");
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void page(String path, String html) {
        server.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void readsThePageTakesScreenshotsAndPassesAnAccessiblePage() throws Exception {
        try (Chromium chromium = Chromium.launch()) {
            chromium.open(base + "/good");
            assertEquals("Address", chromium.driver().findElement(By.cssSelector("label[for=url]")).getText());
            Axe.Result result = chromium.assertAccessible("good page");
            assertTrue(result.passes() > 0, "axe ran its rules");
            assertTrue(Files.size(chromium.phone().screenshot("kit-good")) > 1000);
        }
    }

    @Test
    void failsAPageWithAnUnlabelledField() {
        try (Chromium chromium = Chromium.launch()) {
            chromium.open(base + "/bad");
            AssertionError failure = assertThrows(AssertionError.class, () -> chromium.assertAccessible("bad page"));
            assertTrue(failure.getMessage().contains("label"), failure.getMessage());
        }
    }
}
