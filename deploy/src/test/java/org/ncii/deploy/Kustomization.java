package org.ncii.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.zjsonpatch.JsonPatch;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders a Kustomize directory the way {@code kubectl apply -k} would for the features this project uses
 * (resources, nested bases, JSON 6902 patches with kind/name/label targets, ConfigMap literals, images,
 * namespace), then reads each object into its typed fabric8 class; custom resources (Strimzi, CloudNativePG)
 * become {@code GenericKubernetesResource}. No cluster and no kustomize binary needed.
 */
final class Kustomization {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Kustomization() {
    }

    /** Every object the directory renders to, typed. */
    static List<HasMetadata> render(Path dir) {
        return renderNodes(dir).stream().map(node -> SERIALIZATION.<HasMetadata>unmarshal(node.toString())).toList();
    }

    /** Every YAML document of one file, as JSON trees. */
    static List<ObjectNode> documents(Path file) {
        List<ObjectNode> docs = new ArrayList<>();
        for (Object doc : new Yaml(new LoaderOptions()).loadAll(Project.read(file))) {
            if (doc != null) {
                docs.add(JSON.valueToTree(doc));
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static List<ObjectNode> renderNodes(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(dir + " has no kustomization.yaml");
        }
        JsonNode k = documents(file).get(0);
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? renderNodes(path) : documents(path));
        }
        for (JsonNode generator : k.path("configMapGenerator")) {
            ObjectNode data = JSON.createObjectNode();
            for (JsonNode literal : generator.path("literals")) {
                String text = literal.asText();
                data.put(text.substring(0, text.indexOf('=')), text.substring(text.indexOf('=') + 1));
            }
            String name = generator.path("name").asText();
            ObjectNode existing = objects.stream().filter(o -> is(o, "ConfigMap", name)).findFirst().orElse(null);
            if ("merge".equals(generator.path("behavior").asText()) && existing != null) {
                ((ObjectNode) existing.with("data")).setAll(data);
            } else {
                ObjectNode map = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
                map.putObject("metadata").put("name", name);
                map.set("data", data);
                objects.add(map);
            }
        }
        for (JsonNode patch : k.path("patches")) {
            JsonNode ops = JSON.valueToTree(new Yaml(new LoaderOptions()).load(Project.read(dir.resolve(patch.path("path").asText()))));
            if (!(ops instanceof ArrayNode)) {
                throw new IllegalStateException(patch.path("path").asText() + ": only JSON 6902 patches (a list of ops) are used here");
            }
            JsonNode target = patch.path("target");
            for (int i = 0; i < objects.size(); i++) {
                if (matches(objects.get(i), target)) {
                    objects.set(i, (ObjectNode) JsonPatch.apply(ops, objects.get(i)));
                }
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode o : objects) {
                for (JsonNode container : o.path("spec").path("template").path("spec").path("containers")) {
                    String current = container.path("image").asText();
                    String repository = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                    if (repository.equals(image.path("name").asText())) {
                        String newName = image.path("newName").asText(repository);
                        String tag = image.has("newTag") ? image.path("newTag").asText() : current.substring(repository.length() + 1);
                        ((ObjectNode) container).put("image", newName + ":" + tag);
                    }
                }
            }
        }
        if (k.hasNonNull("namespace")) {
            objects.forEach(o -> o.with("metadata").put("namespace", k.path("namespace").asText()));
        }
        return objects;
    }

    private static boolean is(JsonNode o, String kind, String name) {
        return kind.equals(o.path("kind").asText()) && name.equals(o.path("metadata").path("name").asText());
    }

    private static boolean matches(JsonNode o, JsonNode target) {
        if (target.has("kind") && !target.path("kind").asText().equals(o.path("kind").asText())) {
            return false;
        }
        if (target.has("name") && !target.path("name").asText().equals(o.path("metadata").path("name").asText())) {
            return false;
        }
        if (target.has("labelSelector")) {
            for (String pair : target.path("labelSelector").asText().split(",")) {
                String[] kv = pair.split("=", 2);
                if (!kv[1].equals(o.path("metadata").path("labels").path(kv[0]).asText(null))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The value at a dotted path of a generic resource's map, or null. */
    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> map, String dotted) {
        Object current = map;
        for (String part : dotted.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = ((Map<String, Object>) m).get(part);
        }
        return current;
    }
}
