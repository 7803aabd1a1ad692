package org.ncii.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The base's Deployment and Service of each service are the manifests Quarkus generates from the service's
 * {@code ## kubernetes} settings, never a hand-edited second copy: the committed file must equal a fresh build's
 * {@code target/kubernetes/kubernetes.yml}. After changing those settings, build the service and copy the file.
 */
class GeneratedManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "takedown-service", "notifier-service"})
    void committedBaseIsWhatQuarkusGenerates(String service) {
        Path generated = Project.ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Path committed = Project.KUBERNETES.resolve("base").resolve(service).resolve("kubernetes.yml");
        assertThat(generated).as("build the services first (mvn install -DskipTests)").exists();
        assertThat(Kustomization.documents(committed))
                .as("%s differs from %s: run `cp %s %s`", Project.ROOT.relativize(committed), Project.ROOT.relativize(generated),
                        Project.ROOT.relativize(generated), Project.ROOT.relativize(committed))
                .isEqualTo(Kustomization.documents(generated));
        assertThat(Files.exists(committed)).isTrue();
    }
}
