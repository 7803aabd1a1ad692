package org.ncii.intake.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.browser.Chromium;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The page's own hashing script, run in the real browser on the published PDQ reference images: each image's hash
 * within 4 bits of the published one (the browser's JPEG decoder is not ImageIO, as the vectors' README allows),
 * quality 100, the eight dihedral hashes of the original in one pass near the transformed files, and the worker's
 * MD5 and SHA-256 equal to the JDK's. Served from loopback by a bare HTTP server: only the static files matter.
 */
class PdqScriptBrowserTest {
    static final int DECODER_TOLERANCE = 4;
    static final int DIHEDRAL_BOUND = 8;

    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hash/", exchange -> resource(exchange, "META-INF/resources" + exchange.getRequestURI().getPath()));
        server.createContext("/pdq-vectors/", exchange -> resource(exchange, exchange.getRequestURI().getPath().substring(1)));
        server.createContext("/page.html", exchange -> send(exchange, 200, "text/html",
                "<!doctype html><html lang=en><title>pdq</title><script src=/hash/pdq.js></script></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyReferenceImageHashesInTheBrowserAsPublishedAndTheDihedralHashesMatchTheTransformedFiles() throws Exception {
        List<String[]> vectors = vectors();
        try (Chromium chromium = Chromium.launch()) {
            chromium.open(base + "/page.html");
            Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) chromium.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const files = arguments[0];
                    (async () => {
                      const out = {};
                      for (const name of files) {
                        const blob = await (await fetch('/pdq-vectors/' + name)).blob();
                        const bitmap = await createImageBitmap(blob, {colorSpaceConversion: 'none', premultiplyAlpha: 'none'});
                        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
                        const context = canvas.getContext('2d');
                        context.drawImage(bitmap, 0, 0);
                        const data = context.getImageData(0, 0, bitmap.width, bitmap.height);
                        out[name] = NciiPdq.hashRgba(data.data, data.width, data.height);
                      }
                      return out;
                    })().then(done, e => done({error: String(e)}));
                    """, vectors.stream().map(v -> v[0]).toList());
            assertThat(result).doesNotContainKey("error");
            List<Map<String, Object>> original = (List<Map<String, Object>>) result.get("bridge-1-original.jpg");
            for (String[] v : vectors) {
                List<Map<String, Object>> hashes = (List<Map<String, Object>>) result.get(v[0]);
                Map<String, Object> own = hashes.get(0);
                assertThat(own.get("variant")).isEqualTo("ORIGINAL");
                assertThat(distance((String) own.get("value"), v[1])).as(v[0]).isLessThanOrEqualTo(DECODER_TOLERANCE);
                assertThat(((Number) own.get("quality")).intValue()).as(v[0]).isEqualTo(100);
                String variant = variantOf(v[0]);
                String fromOriginal = (String) original.stream().filter(h -> variant.equals(h.get("variant"))).findFirst()
                        .orElseThrow().get("value");
                assertThat(distance(fromOriginal, v[1])).as(v[0] + " from the original").isLessThanOrEqualTo(DIHEDRAL_BOUND);
                System.out.println(v[0] + ": browser distance " + distance((String) own.get("value"), v[1])
                        + ", dihedral distance " + distance(fromOriginal, v[1]));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkerReportsProgressAndGivesTheMarkedVariantsAndBothDigests() throws Exception {
        try (Chromium chromium = Chromium.launch()) {
            chromium.open(base + "/page.html");
            Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) chromium.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    (async () => {
                      const blob = await (await fetch('/pdq-vectors/bridge-1-original.jpg')).blob();
                      const file = new File([blob], 'bridge-1-original.jpg', {type: 'image/jpeg'});
                      const worker = new Worker('/hash/hash-worker.js');
                      const progress = [];
                      return await new Promise((resolve, reject) => {
                        worker.onmessage = e => {
                          if (e.data.type === 'progress') progress.push(e.data.fraction);
                          else if (e.data.type === 'done') resolve({progress, result: e.data.result});
                          else reject(e.data.message);
                        };
                        worker.postMessage(file);
                      });
                    })().then(done, e => done({error: String(e)}));
                    """);
            assertThat(result).doesNotContainKey("error");
            assertThat((List<Number>) result.get("progress")).hasSizeGreaterThan(3).last().isEqualTo(1L);
            Map<String, Object> hashes = (Map<String, Object>) result.get("result");
            List<Map<String, Object>> shared = (List<Map<String, Object>>) hashes.get("hashes");
            assertThat(shared).hasSize(10);
            assertThat(shared.stream().filter(h -> h.containsKey("variant")).map(h -> h.get("variant")))
                    .containsExactlyInAnyOrder("ROTATE_90", "ROTATE_180", "ROTATE_270", "FLIP_X", "FLIP_Y",
                            "FLIP_PLUS_1", "FLIP_MINUS_1");
            assertThat(shared).contains(Map.of("algorithm", "MD5", "value", "d35c785545392755e7e4164457657269"),
                    Map.of("algorithm", "SHA256", "value", "b5b0799616df52d475a3968dc7e54f1d0724c912244ffa6175bc786375dd7298"));
            assertThat((List<Object>) hashes.get("notShared")).isEmpty();
        }
    }

    private static String variantOf(String file) {
        String name = file.replaceFirst("^bridge-\\d-", "").replace(".jpg", "");
        return switch (name) {
            case "original" -> "ORIGINAL";
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

    static int distance(String a, String b) {
        int d = 0;
        for (int i = 0; i < 64; i++) {
            d += Integer.bitCount(Character.digit(a.charAt(i), 16) ^ Character.digit(b.charAt(i), 16));
        }
        return d;
    }

    private static List<String[]> vectors() throws IOException {
        try (InputStream in = PdqScriptBrowserTest.class.getResourceAsStream("/pdq-vectors/expected.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split(",")).toList();
        }
    }

    private static void resource(HttpExchange exchange, String path) throws IOException {
        try (InputStream in = PdqScriptBrowserTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null || path.contains("..")) {
                send(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            String type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".jpg") ? "image/jpeg" : "text/plain";
            send(exchange, 200, type, in.readAllBytes());
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
