package org.embargomonitor.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Assembles an overlay the way kustomize does, for the features the manifests use: resources (files and
 * kustomization folders), namespace, replicas, images and strategic-merge patches (maps merged, lists of named
 * items merged by name, other lists replaced). Anything else in a kustomization.yaml is refused, so that this
 * assembly never silently differs from kustomize's.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "replicas", "images", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition");

    private Kustomize() {
    }

    static List<ObjectNode> build(Path folder) {
        Path file = folder.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(folder + " has no kustomization.yaml");
        }
        JsonNode kustomization = Manifests.read(file).get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(file + ": '" + field + "' is not assembled here; extend Kustomize or do without");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = folder.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : Manifests.read(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            for (ObjectNode change : Manifests.read(folder.resolve(patch.path("path").asText()))) {
                ObjectNode target = Manifests.find(objects, Manifests.kind(change), Manifests.name(change))
                        .orElseThrow(() -> new IllegalArgumentException(file + ": the patch of " + Manifests.id(change) + " has no target"));
                merge(target, change);
            }
        }
        for (JsonNode replicas : kustomization.path("replicas")) {
            ObjectNode target = Manifests.find(objects, "Deployment", replicas.path("name").asText())
                    .orElseThrow(() -> new IllegalArgumentException(file + ": no Deployment " + replicas.path("name").asText()));
            ((ObjectNode) target.get("spec")).put("replicas", replicas.path("count").asInt());
        }
        for (JsonNode image : kustomization.path("images")) {
            objects.forEach(o -> containers(o).forEach(c -> retag(c, image)));
        }
        if (kustomization.hasNonNull("namespace")) {
            objects.stream().filter(o -> !CLUSTER_SCOPED.contains(Manifests.kind(o)))
                    .forEach(o -> ((ObjectNode) o.get("metadata")).put("namespace", kustomization.get("namespace").asText()));
        }
        return objects;
    }

    /** Strategic merge: maps merged key by key, lists of named maps merged by name, other values replaced. */
    static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = target.get(field.getKey());
            JsonNode change = field.getValue();
            if (current instanceof ObjectNode currentObject && change.isObject()) {
                merge(currentObject, change);
            } else if (current instanceof ArrayNode currentList && change.isArray() && named(currentList) && named(change)) {
                for (JsonNode item : change) {
                    ObjectNode same = null;
                    for (JsonNode existing : currentList) {
                        if (existing.path("name").equals(item.path("name"))) {
                            same = (ObjectNode) existing;
                        }
                    }
                    if (same == null) {
                        currentList.add(item.deepCopy());
                    } else {
                        merge(same, item);
                    }
                }
            } else {
                target.set(field.getKey(), change.deepCopy());
            }
        }
    }

    private static boolean named(JsonNode list) {
        if (list.isEmpty()) {
            return false;
        }
        for (JsonNode item : list) {
            if (!item.isObject() || !item.hasNonNull("name")) {
                return false;
            }
        }
        return true;
    }

    static List<ObjectNode> containers(JsonNode object) {
        List<ObjectNode> containers = new ArrayList<>();
        JsonNode pod = object.path("spec").path("template").path("spec");
        for (String list : List.of("initContainers", "containers")) {
            pod.path(list).forEach(c -> containers.add((ObjectNode) c));
        }
        return containers;
    }

    private static void retag(ObjectNode container, JsonNode image) {
        String current = container.path("image").asText();
        int colon = current.lastIndexOf(':');
        String name = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
        String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : null;
        if (!name.equals(image.path("name").asText())) {
            return;
        }
        String newName = image.hasNonNull("newName") ? image.get("newName").asText() : name;
        String newTag = image.hasNonNull("newTag") ? image.get("newTag").asText() : tag;
        container.put("image", newTag == null ? newName : newName + ":" + newTag);
    }
}
