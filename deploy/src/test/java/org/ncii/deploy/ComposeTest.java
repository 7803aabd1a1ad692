package org.ncii.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The Compose file, parsed: the services and their ports are the platform's, every environment variable it sets
 * is a configuration name the service reads, every setting the prod profile requires is set, and every value it
 * takes from .env is listed (empty for secrets) in the committed .env.example.
 */
class ComposeTest {
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}");

    private final String text = Project.read(Project.DEPLOY.resolve("compose/compose.yaml"));
    private final Map<String, Object> compose = new Yaml(new LoaderOptions()).load(text);

    @Test
    void runsKafkaInKraftModePostgres17AndTheThreeServices() {
        Map<String, Object> services = map(compose, "services");
        assertThat(services.keySet()).containsExactlyInAnyOrder("kafka", "kafka-topics", "postgres",
                "intake-service", "takedown-service", "notifier-service");
        assertThat(map(services, "kafka").get("image")).isEqualTo("apache/kafka:" + Project.kafkaVersion());
        assertThat(map(map(services, "kafka"), "environment").get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat((String) map(services, "postgres").get("image")).startsWith("postgres:17");
        assertThat(map(compose, "volumes").keySet()).contains("kafka-data", "postgres-data");
        for (String name : List.of("kafka", "postgres", "intake-service", "takedown-service", "notifier-service")) {
            Map<String, Object> s = map(services, name);
            assertThat(s).as("%s health check", name).containsKey("healthcheck");
            assertThat(s.get("restart")).as("%s restart policy", name).isEqualTo("unless-stopped");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "takedown-service", "notifier-service"})
    void serviceEnvironmentAndPortsMatchItsConfiguration(String name) {
        ServiceConfiguration config = ServiceConfiguration.of(name);
        Map<String, Object> service = map(map(compose, "services"), name);
        Map<String, Object> env = map(service, "environment");
        assertThat(env.keySet()).as("variables %s does not read", name).allSatisfy(v ->
                assertThat(config.understands(v)).as("%s reads %s", name, v).isTrue());
        assertThat(env.keySet()).as("settings %s requires in prod", name).containsAll(config.requiredInProd());
        assertThat(env.keySet()).contains("QUARKUS_DATASOURCE_REACTIVE_URL", "QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS");
        List<String> ports = list(service, "ports");
        assertThat(ports).hasSize(1);
        assertThat(ports.get(0)).as("%s container port is its quarkus.http.port", name).endsWith(":" + config.httpPort);
        assertThat(service.get("read_only")).as("%s read-only filesystem", name).isEqualTo(true);
        assertThat(map(service, "build").get("dockerfile")).isEqualTo("src/main/docker/Dockerfile.jvm");
    }

    @Test
    void everyValueFromDotEnvIsListedInTheExampleWhichHoldsNoSecret() throws Exception {
        Properties example = new Properties();
        example.load(new java.io.StringReader(Project.read(Project.DEPLOY.resolve("compose/.env.example"))));
        Set<String> used = new TreeSet<>();
        Matcher m = INTERPOLATION.matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(example.stringPropertyNames()).containsAll(used);
        for (String key : example.stringPropertyNames()) {
            if (key.matches(".*(PASSWORD|_KEY)$")) {
                assertThat(example.getProperty(key)).as("%s in .env.example must be empty", key).isEmpty();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> parent, String key) {
        return (List<String>) parent.get(key);
    }
}
