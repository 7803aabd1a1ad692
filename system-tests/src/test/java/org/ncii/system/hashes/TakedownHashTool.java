package org.ncii.system.hashes;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The victim's {@code takedown-hash} tool as they run it: the built runnable jar in a child JVM on an image file,
 * its printed JSON read back. The jar's path comes from the build (system property {@code takedown-hash.jar}).
 */
final class TakedownHashTool {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TakedownHashTool() {
    }

    /** The {@code hashes} the tool prints for one image of this module's test resources, ready for a report. */
    static JsonNode hashesOf(String resource) throws IOException, InterruptedException {
        Path file = resource(resource);
        Process process = new ProcessBuilder(java(), "-jar", jar().toString(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("takedown-hash did not finish within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("takedown-hash exited with " + process.exitValue() + ": " + out);
        }
        JsonNode printed = JSON.readTree(out);
        return printed.path("files").get(0).path("hashes");
    }

    private static Path jar() {
        String path = System.getProperty("takedown-hash.jar");
        if (path == null || path.isBlank() || path.startsWith("${") || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("the takedown-hash jar is not built (system property takedown-hash.jar is "
                    + path + "): build platform-hashing first");
        }
        return Path.of(path);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path resource(String name) {
        try {
            return Path.of(TakedownHashTool.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
