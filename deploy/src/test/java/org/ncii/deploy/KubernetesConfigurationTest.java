package org.ncii.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each service Deployment feeds its container (its ConfigMap, the documented keys of its Secret, the
 * variables on the Deployment) are configuration names the service reads, and cover what its prod profile requires.
 */
class KubernetesConfigurationTest {
    private final List<HasMetadata> prod = Kustomization.render(Project.KUBERNETES.resolve("overlays/prod"));

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "takedown-service", "notifier-service"})
    void everyVariableIsOneTheServiceReadsAndNoRequiredOneIsMissing(String service) throws Exception {
        ServiceConfiguration config = ServiceConfiguration.of(service);
        Container container = Manifests.ofKind(prod, Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals(service)).findFirst().orElseThrow()
                .getSpec().getTemplate().getSpec().getContainers().get(0);
        Set<String> variables = new TreeSet<>();
        container.getEnv().stream().map(EnvVar::getName).filter(n -> !n.equals("KUBERNETES_NAMESPACE")).forEach(variables::add);
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                ConfigMap map = Manifests.ofKind(prod, ConfigMap.class).stream()
                        .filter(c -> c.getMetadata().getName().equals(from.getConfigMapRef().getName())).findFirst()
                        .orElseThrow(() -> new AssertionError("ConfigMap " + from.getConfigMapRef().getName() + " is not in the manifests"));
                variables.addAll(map.getData().keySet());
            }
            if (from.getSecretRef() != null) {
                Properties keys = new Properties();
                keys.load(new StringReader(Project.read(Project.KUBERNETES.resolve("secrets")
                        .resolve(from.getSecretRef().getName() + ".env.example"))));
                variables.addAll(keys.stringPropertyNames());
            }
        }
        assertThat(variables).allSatisfy(v -> assertThat(config.understands(v)).as("%s reads %s", service, v).isTrue());
        assertThat(variables).as("settings %s requires in prod", service).containsAll(config.requiredInProd());
    }
}
