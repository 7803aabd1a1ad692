package org.ncii.deploy;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

/** Lookups over a rendered list of objects. */
final class Manifests {
    private Manifests() {
    }

    static <T extends HasMetadata> List<T> ofKind(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Custom resources of one kind (Strimzi, CloudNativePG), as generic maps. */
    static List<GenericKubernetesResource> custom(List<HasMetadata> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.getKind())).map(GenericKubernetesResource.class::cast).toList();
    }

    /** The Strimzi KafkaTopic for a topic name (spec.topicName), or null. */
    static GenericKubernetesResource kafkaTopic(List<HasMetadata> objects, String topic) {
        return custom(objects, "KafkaTopic").stream()
                .filter(t -> topic.equals(Kustomization.at(t.getAdditionalProperties(), "spec.topicName")))
                .findFirst().orElse(null);
    }

    static int partitions(List<HasMetadata> objects, String topic) {
        GenericKubernetesResource t = kafkaTopic(objects, topic);
        if (t == null) {
            throw new AssertionError("no KafkaTopic for " + topic);
        }
        return ((Number) Kustomization.at(t.getAdditionalProperties(), "spec.partitions")).intValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> spec(GenericKubernetesResource r) {
        return (Map<String, Object>) r.getAdditionalProperties().get("spec");
    }
}
