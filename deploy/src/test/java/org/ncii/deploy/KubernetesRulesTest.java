package org.ncii.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every rendering (base, dev, prod) must keep: each service Deployment probed, limited, non-root on a
 * read-only filesystem, with a disruption budget and an autoscaler; only intake and notifier's partner paths
 * public; takedown reachable only from inside; no Secret written into a manifest.
 */
class KubernetesRulesTest {

    static Stream<Arguments> renderings() {
        return Stream.of("base", "overlays/dev", "overlays/prod")
                .map(dir -> Arguments.of(dir, Kustomization.render(Project.KUBERNETES.resolve(dir))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyServiceDeploymentIsProbedLimitedAndHardened(String rendering, List<HasMetadata> objects) {
        List<Deployment> deployments = Manifests.ofKind(objects, Deployment.class);
        assertThat(deployments).extracting(d -> d.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(Project.SERVICES);
        for (Deployment d : deployments) {
            String name = d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as("%s runAsNonRoot", name).isTrue();
            assertThat(pod.getAutomountServiceAccountToken()).as("%s mounts no API token", name).isFalse();
            for (Container c : pod.getContainers()) {
                assertThat(c.getReadinessProbe()).as("%s readiness probe", name).isNotNull();
                assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
                assertThat(c.getLivenessProbe()).as("%s liveness probe", name).isNotNull();
                assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
                assertThat(c.getResources().getLimits()).as("%s limits", name).containsKeys("cpu", "memory");
                assertThat(c.getResources().getRequests()).as("%s requests", name).containsKeys("cpu", "memory");
                assertThat(c.getSecurityContext()).as("%s container security context", name).isNotNull();
                assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).as("%s read-only root", name).isTrue();
                assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as("%s privilege escalation", name).isFalse();
                assertThat(c.getSecurityContext().getCapabilities().getDrop()).as("%s capabilities", name).contains("ALL");
                assertThat(c.getVolumeMounts()).as("%s writable /tmp", name).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
                assertThat(c.getEnv()).as("%s: secrets are referenced, never inlined", name)
                        .filteredOn(e -> e.getValueFrom() == null)
                        .allSatisfy(e -> assertThat(e.getName()).doesNotContain("PASSWORD", "SECRET", "KEY"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyServiceHasADisruptionBudgetAndAnAutoscalerWithinItsPartitions(String rendering, List<HasMetadata> objects) {
        List<PodDisruptionBudget> budgets = Manifests.ofKind(objects, PodDisruptionBudget.class);
        List<HorizontalPodAutoscaler> scalers = Manifests.ofKind(objects, HorizontalPodAutoscaler.class);
        for (String service : Project.SERVICES) {
            assertThat(budgets).as("PodDisruptionBudget of %s", service).anySatisfy(b ->
                    assertThat(b.getSpec().getSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", service));
            HorizontalPodAutoscaler hpa = scalers.stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(service)).findFirst().orElseThrow(
                            () -> new AssertionError("no HorizontalPodAutoscaler for " + service));
            for (String topic : ServiceConfiguration.of(service).consumedTopics()) {
                assertThat(hpa.getSpec().getMaxReplicas()).as("%s replicas beyond the partitions of %s sit idle", service, topic)
                        .isLessThanOrEqualTo(Manifests.partitions(objects, topic));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void onlyIntakeAndThePartnerPathsArePublic(String rendering, List<HasMetadata> objects) {
        List<HTTPIngressPath> paths = Manifests.ofKind(objects, Ingress.class).stream()
                .flatMap(i -> i.getSpec().getRules().stream()).flatMap(r -> r.getHttp().getPaths().stream()).toList();
        assertThat(paths).extracting(p -> p.getBackend().getService().getName())
                .containsOnly("intake-service", "notifier-service");
        assertThat(paths).filteredOn(p -> p.getBackend().getService().getName().equals("notifier-service"))
                .extracting(HTTPIngressPath::getPath).containsExactly("/v1/partner");
        NetworkPolicy takedown = Manifests.ofKind(objects, NetworkPolicy.class).stream()
                .filter(p -> "takedown-service".equals(p.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name")))
                .findFirst().orElseThrow(() -> new AssertionError("no NetworkPolicy for takedown-service"));
        assertThat(takedown.getSpec().getPolicyTypes()).contains("Ingress");
        assertThat(takedown.getSpec().getIngress()).flatExtracting(rule -> rule.getFrom())
                .noneSatisfy(peer -> assertThat(peer.getNamespaceSelector() == null ? null
                        : peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")).isEqualTo("ingress-nginx"));
        for (String service : Project.SERVICES) {
            assertThat(Manifests.ofKind(objects, NetworkPolicy.class)).as("NetworkPolicy of %s", service).anySatisfy(p ->
                    assertThat(p.getSpec().getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", service));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void noSecretIsWrittenIntoAManifest(String rendering, List<HasMetadata> objects) {
        assertThat(Manifests.ofKind(objects, Secret.class)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void kafkaAndPostgresAreOperatorResources(String rendering, List<HasMetadata> objects) {
        assertThat(objects).extracting(HasMetadata::getKind).contains("Kafka", "KafkaNodePool", "KafkaTopic", "Cluster", "Database");
        if (rendering.equals("overlays/prod")) {
            assertThat(Manifests.ofKind(objects, Deployment.class)).allSatisfy(d ->
                    assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).as("prod pins a release")
                            .doesNotEndWith(":latest"));
            assertThat(objects).extracting(HasMetadata::getKind).contains("ScheduledBackup", "ObjectStore");
        }
    }
}
