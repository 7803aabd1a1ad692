package org.ncii.testkit.hostile;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Draws hostile requests from a generator with a fixed seed (so a failure names a reproducible case number)
 * and sends them over one reused HTTP/1.1 connection, collecting every answer that is not a 4xx problem+json.
 */
public final class HostileRun {
    public static final int CASES = 5_000;
    public static final long SEED = 7_2026_1128L;

    /** One generated request: a label saying what was done to it, method, path below the base URI, headers, body. */
    public record Request(String label, String method, String path, Map<String, String> headers, byte[] body) {
        public Request(String label, String path, Map<String, String> headers, byte[] body) {
            this(label, "POST", path, headers, body);
        }
    }

    /** A change to a valid body, named for the failure report. */
    public record Mutation(String label, Consumer<ObjectNode> apply) {
    }

    /** What came back: answers per status and one line per broken rule. */
    public record Summary(int sent, Map<Integer, Integer> statuses, List<String> failures, Duration took) {
        @Override
        public String toString() {
            return sent + " cases in " + took.toMillis() + " ms, statuses " + statuses;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public HostileRun(URI base) {
        this.base = base;
    }

    public Summary post(Gen<Request> requests) {
        // One seeded source for the whole run: case i is the i-th draw, the same in every run.
        Random random = new Random(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            Request request = requests.sample(random);
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request.path()))
                    .timeout(Duration.ofSeconds(20))
                    .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            try {
                HttpResponse<String> answer = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                String type = answer.headers().firstValue("Content-Type").orElse("");
                if (answer.statusCode() < 400 || answer.statusCode() > 499 || !type.startsWith("application/problem+json")) {
                    failures.add("case " + i + " (seed " + SEED + ", " + request.label() + "): " + answer.statusCode()
                            + " " + type + " " + abbreviate(answer.body()));
                }
            } catch (Exception e) {
                statuses.merge(-1, 1, Integer::sum);
                failures.add("case " + i + " (" + request.label() + "): no answer, " + e);
            }
        }
        return new Summary(CASES, statuses, failures, Duration.ofNanos(System.nanoTime() - start));
    }

    public static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** A path segment carrying hostile text, cut to a length a proxy would still pass on. */
    public static String segment(String text) {
        String cut = text.length() > 200 ? text.substring(0, 200) : text;
        return URLEncoder.encode(cut, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A header value the HTTP client can send: printable ASCII only, at most 500 characters. */
    public static String headerValue(String text) {
        String printable = text.chars().filter(c -> c >= 0x20 && c < 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        String value = printable.isEmpty() ? "x" : printable;
        return value.length() > 500 ? value.substring(0, 500) : value;
    }

    /** Replaces the value at a JSON pointer (the parent must exist). */
    public static void set(ObjectNode root, String pointer, JsonNode value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), value);
        }
    }

    /** Removes the value at a JSON pointer. */
    public static void remove(ObjectNode root, String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.remove(at.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode array) {
            array.remove(at.last().getMatchingIndex());
        }
    }
}
