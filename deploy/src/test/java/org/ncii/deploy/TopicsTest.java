package org.ncii.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.Test;
import org.ncii.events.Topics;

/**
 * Every topic the services use exists as a Strimzi KafkaTopic, with the partitions and retention deploy/README.md
 * documents; the Compose file creates the same topics with the same partitions.
 */
class TopicsTest {
    private static final Pattern README_ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\| (\\d+) \\| (\\d+) days \\|", Pattern.MULTILINE);
    private static final Pattern COMPOSE_TOPIC = Pattern.compile("--topic (\\S+) --partitions (\\d+)");

    private final List<HasMetadata> base = Kustomization.render(Project.KUBERNETES.resolve("base"));

    @Test
    void everyTopicTheServicesUseIsAKafkaTopic() throws IllegalAccessException {
        Set<String> used = new TreeSet<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                used.add((String) f.get(null));
            }
        }
        Project.SERVICES.forEach(s -> used.addAll(ServiceConfiguration.of(s).topics()));
        for (String topic : used) {
            assertThat(Manifests.kafkaTopic(base, topic)).as("KafkaTopic for %s", topic).isNotNull();
        }
    }

    @Test
    void partitionsAndRetentionAreWhatTheReadmeSays() {
        Map<String, int[]> documented = documented();
        assertThat(documented).as("topics in deploy/README.md").isNotEmpty();
        Map<String, int[]> deployed = new TreeMap<>();
        for (GenericKubernetesResource t : Manifests.custom(base, "KafkaTopic")) {
            Map<String, Object> spec = Manifests.spec(t);
            long retentionMs = Long.parseLong(String.valueOf(((Map<?, ?>) spec.get("config")).get("retention.ms")));
            deployed.put((String) spec.get("topicName"), new int[] {((Number) spec.get("partitions")).intValue(),
                    (int) (retentionMs / 86_400_000L)});
        }
        assertThat(deployed.keySet()).isEqualTo(documented.keySet());
        deployed.forEach((topic, actual) -> {
            assertThat(actual[0]).as("partitions of %s", topic).isEqualTo(documented.get(topic)[0]);
            assertThat(actual[1]).as("retention days of %s", topic).isEqualTo(documented.get(topic)[1]);
        });
    }

    @Test
    void composeCreatesTheSameTopicsWithTheSamePartitions() {
        Map<String, Integer> compose = new TreeMap<>();
        Matcher m = COMPOSE_TOPIC.matcher(Project.read(Project.DEPLOY.resolve("compose/compose.yaml")));
        while (m.find()) {
            compose.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        Map<String, Integer> documented = new TreeMap<>();
        documented().forEach((topic, row) -> documented.put(topic, row[0]));
        assertThat(compose).isEqualTo(documented);
    }

    /** Topic to {partitions, retention days}, from the README's topic table. */
    private static Map<String, int[]> documented() {
        Map<String, int[]> rows = new TreeMap<>();
        Matcher m = README_ROW.matcher(Project.read(Project.DEPLOY.resolve("README.md")));
        while (m.find()) {
            rows.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
        }
        return rows;
    }
}
