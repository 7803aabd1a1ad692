package org.ncii.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration names one service understands, read from its {@code application.properties}: every property
 * (profiles stripped) in its environment-variable form, every {@code ${VARIABLE}} it reads, and which of those the
 * {@code prod} profile requires (no default).
 */
final class ServiceConfiguration {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}");
    /**
     * Names read by the runtime rather than by application.properties: the JVM image's start script, Quarkus
     * settings an operator turns on behind a proxy or for the mailer's login.
     */
    private static final Set<String> RUNTIME = Set.of("JAVA_MAX_MEM_RATIO", "JAVA_OPTS_APPEND", "QUARKUS_PROFILE",
            "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED",
            "QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD");
    /** Map-valued settings whose keys are chosen by the operator (an encryption key per key id). */
    private static final Set<String> MAP_PREFIXES = Set.of("INTAKE_ENCRYPTION_KEYS_", "TAKEDOWN_SEALING_KEYS_");

    final String service;
    final int httpPort;
    private final Set<String> names = new TreeSet<>();
    private final Set<String> requiredInProd = new TreeSet<>();
    private final Properties properties = new Properties();

    private ServiceConfiguration(String service) {
        this.service = service;
        String text = Project.read(Project.ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            String name = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            names.add(environmentName(name));
            Matcher m = PLACEHOLDER.matcher(value);
            while (m.find()) {
                names.add(m.group(1));
                boolean forProd = key.startsWith("%prod.") || !key.startsWith("%");
                if (forProd && m.group(2) == null) {
                    requiredInProd.add(m.group(1));
                }
            }
        }
        this.httpPort = Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    static ServiceConfiguration of(String service) {
        return new ServiceConfiguration(service);
    }

    /** The environment variable that sets a property: non-alphanumerics become underscores, all upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Whether setting this environment variable changes anything in the service. */
    boolean understands(String variable) {
        return names.contains(variable) || RUNTIME.contains(variable)
                || MAP_PREFIXES.stream().anyMatch(p -> variable.startsWith(p) && variable.length() > p.length());
    }

    /** Variables the prod profile reads with no default: a deployment must set each. */
    Set<String> requiredInProd() {
        return requiredInProd;
    }

    /** Every topic the service's channels (and their dead-letter queues) name. */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.") && (key.endsWith(".topic") || key.endsWith(".dead-letter-queue.topic"))) {
                topics.add(properties.getProperty(key));
            }
        }
        return topics;
    }

    /** The topics this service reads (its incoming channels). */
    Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                topics.add(properties.getProperty(key));
            }
        }
        return topics;
    }
}
