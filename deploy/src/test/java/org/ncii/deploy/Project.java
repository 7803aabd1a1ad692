package org.ncii.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the tests find the project's files: the deploy folder, the services' sources and builds, the root pom. */
final class Project {
    static final List<String> SERVICES = List.of("intake-service", "takedown-service", "notifier-service");
    static final Path ROOT = Paths.get(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path DEPLOY = ROOT.resolve("deploy");
    static final Path KUBERNETES = DEPLOY.resolve("kubernetes");

    private Project() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Kafka version the build's broker and client use ({@code kafka.version} in the root pom). */
    static String kafkaVersion() {
        Matcher m = Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(read(ROOT.resolve("pom.xml")));
        if (!m.find()) {
            throw new IllegalStateException("no kafka.version in the root pom");
        }
        return m.group(1);
    }
}
