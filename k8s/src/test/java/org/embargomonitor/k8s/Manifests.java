package org.embargomonitor.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads Kubernetes manifests: YAML files of one or more documents, each an object. */
final class Manifests {

    static final Path ROOT = Path.of(System.getProperty("embargo.root", "..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("k8s");
    static final ObjectMapper YAML = new YAMLMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Manifests() {
    }

    static List<ObjectNode> read(Path file) {
        List<ObjectNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(new YAMLFactory().createParser(file.toFile()))) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                if (!document.isObject()) {
                    throw new IllegalArgumentException(file + ": a document that is not an object");
                }
                objects.add((ObjectNode) document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + " does not parse: " + e.getMessage(), e);
        }
        return objects;
    }

    static String kind(JsonNode object) {
        return object.path("kind").asText();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String id(JsonNode object) {
        return kind(object) + "/" + name(object);
    }

    static Optional<ObjectNode> find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> kind(o).equals(kind) && name(o).equals(name)).findFirst();
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind(o).equals(kind)).toList();
    }

    static List<Path> yamlFiles() {
        try (var files = Files.walk(K8S)) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.startsWith(K8S.resolve("target"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
