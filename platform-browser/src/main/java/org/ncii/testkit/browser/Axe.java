package org.ncii.testkit.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, Deque's accessibility engine, run inside the page under test. The script is the one Deque
 * ships in its Maven artifact; we inject it ourselves because its Java wrapper downloads drivers.
 */
public final class Axe {

    /** Impacts that fail a page: what axe calls serious or critical. */
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final String TAGS = "['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile String script;

    private Axe() {
    }

    public record Violation(String id, String impact, String help, List<String> targets) {
    }

    public record Result(List<Violation> violations, int passes) {

        public List<Violation> blocking() {
            return violations.stream().filter(v -> BLOCKING.contains(v.impact())).toList();
        }
    }

    static Result run(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object loaded = js.executeScript("return typeof window.axe !== 'undefined';");
        if (!Boolean.TRUE.equals(loaded)) {
            js.executeScript(script());
        }
        Object json = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
                   .then(r => done(JSON.stringify({violations: r.violations, passes: r.passes.length})))
                   .catch(e => done(JSON.stringify({error: String(e)})));
                """.formatted(TAGS));
        return parse(String.valueOf(json));
    }

    static Result parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root.has("error")) {
                throw new IllegalStateException("axe-core failed in the page: " + root.get("error").asText());
            }
            List<Violation> violations = new ArrayList<>();
            for (JsonNode v : root.path("violations")) {
                List<String> targets = new ArrayList<>();
                for (JsonNode node : v.path("nodes")) {
                    targets.add(node.path("target").toString());
                }
                violations.add(new Violation(v.path("id").asText(), v.path("impact").asText(),
                        v.path("help").asText(), targets));
            }
            return new Result(violations, root.path("passes").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> "  [" + v.impact() + "] " + v.id() + ": " + v.help() + " at " + String.join(", ", v.targets()))
                .collect(Collectors.joining("\n"));
    }

    private static String script() {
        if (script == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the classpath (com.deque.html.axe-core:selenium)");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
