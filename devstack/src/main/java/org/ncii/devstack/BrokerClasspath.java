package org.ncii.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The classpath of the Kafka broker process, written by the build (maven-dependency-plugin) so the broker runs
 * on Kafka's own jars and never on the caller's (a Quarkus test classpath would bring a different logging set-up).
 */
final class BrokerClasspath {
    private BrokerClasspath() {
    }

    static String read() {
        try (InputStream in = BrokerClasspath.class.getResourceAsStream("broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("broker.classpath missing: build the devstack module with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
