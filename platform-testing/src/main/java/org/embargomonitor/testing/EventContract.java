package org.embargomonitor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * One event schema of docs/events, as producers and consumers are held to it in tests: an event produced must be
 * valid and declare nothing the schema does not ({@link #problems}); a consumer's typed record must read only what
 * the schema declares, with a type that can hold it ({@link #unreadableBy}). Renaming, removing or retyping a field in
 * a schema, or producing one it does not declare, fails the build.
 */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final JsonNode root;
    private final JsonSchema schema;

    private EventContract(String name, JsonNode root) {
        this.name = name;
        this.root = root;
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(root, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    /** The schema {@code docs/events/<name>.schema.json} of this repository. */
    public static EventContract of(String name) {
        Path file = repositoryRoot().resolve("docs/events/" + name + ".schema.json");
        try {
            return new EventContract(name, JSON.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("No event schema " + file, e);
        }
    }

    /** What is wrong with an event as produced: what the schema refuses, and every field it does not declare. */
    public List<String> problems(String event) {
        JsonNode tree;
        try {
            tree = JSON.readTree(event);
        } catch (IOException e) {
            return List.of(name + ": not JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        schema.validate(tree).forEach(message -> problems.add(name + ": " + message.getMessage()));
        undeclared(tree, root, "", problems);
        return problems;
    }

    /**
     * The components of a consumer's record (and of the records it holds) that the schema's {@code property} does not
     * declare, or declares with a type the component cannot hold; {@code derived} names components not read from events.
     */
    public List<String> unreadableBy(Class<? extends Record> reader, String property, Set<String> derived) {
        List<String> problems = new ArrayList<>();
        readable(reader, at(root.path("properties").path(property)), property, derived, problems);
        return problems;
    }

    private void readable(Class<?> reader, JsonNode object, String path, Set<String> derived, List<String> problems) {
        JsonNode properties = object.path("properties");
        for (RecordComponent component : reader.getRecordComponents()) {
            String field = component.getName();
            if (derived.contains(field)) {
                continue;
            }
            JsonNode declared = properties.get(field);
            if (declared == null) {
                problems.add(name + ": " + reader.getSimpleName() + "." + field + " reads " + path + "/" + field + ", which the schema does not declare");
                continue;
            }
            checkType(component.getGenericType(), at(declared), path + "/" + field, derived, problems);
        }
    }

    private void checkType(Type type, JsonNode declared, String path, Set<String> derived, List<String> problems) {
        Set<String> types = typesOf(declared);
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        String wanted;
        if (raw == String.class || raw == UUID.class || raw == LocalDate.class || raw == OffsetDateTime.class) {
            wanted = "string";
        } else if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
            wanted = "integer";
        } else if (raw == double.class || raw == Double.class) {
            wanted = "number";
        } else if (raw == boolean.class || raw == Boolean.class) {
            wanted = "boolean";
        } else if (Collection.class.isAssignableFrom(raw)) {
            wanted = "array";
            if (types.contains("array") && type instanceof ParameterizedType p) {
                checkType(p.getActualTypeArguments()[0], at(declared.path("items")), path + "[]", derived, problems);
            }
        } else if (raw.isRecord()) {
            wanted = "object";
            if (types.contains("object")) {
                readable(raw, declared, path, derived, problems);
            }
        } else if (raw == JsonNode.class || Map.class.isAssignableFrom(raw)) {
            wanted = "object";
        } else {
            problems.add(name + ": " + path + " is read as " + raw.getSimpleName() + ", which no schema type maps to");
            return;
        }
        if (!types.contains(wanted)) {
            problems.add(name + ": " + path + " is read as " + raw.getSimpleName() + " but the schema says " + types);
        }
    }

    /** The JSON types a schema allows: from "type", or from the values of "enum" or "const". */
    private static Set<String> typesOf(JsonNode declared) {
        Set<String> types = new TreeSet<>();
        JsonNode type = declared.get("type");
        if (type != null) {
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            } else {
                types.add(type.asText());
            }
        }
        List<JsonNode> values = new ArrayList<>();
        declared.path("enum").forEach(values::add);
        if (declared.has("const")) {
            values.add(declared.get("const"));
        }
        for (JsonNode value : values) {
            types.add(value.isNull() ? "null" : value.isTextual() ? "string" : value.isIntegralNumber() ? "integer"
                    : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : value.isArray() ? "array" : "object");
        }
        if (types.contains("integer")) {
            types.add("number");
        }
        return types;
    }

    private void undeclared(JsonNode value, JsonNode declared, String path, List<String> problems) {
        JsonNode node = at(declared);
        if (value.isObject() && node.has("properties")) {
            JsonNode properties = node.get("properties");
            value.properties().forEach(field -> {
                if (properties.has(field.getKey())) {
                    undeclared(field.getValue(), properties.get(field.getKey()), path + "/" + field.getKey(), problems);
                } else {
                    problems.add(name + ": " + path + "/" + field.getKey() + " is produced but not declared in the schema");
                }
            });
        } else if (value.isArray() && node.has("items")) {
            value.forEach(element -> undeclared(element, node.get("items"), path + "[]", problems));
        }
    }

    /** The schema a node stands for, following a local {@code $ref}. */
    private JsonNode at(JsonNode declared) {
        JsonNode ref = declared.get("$ref");
        return ref == null ? declared : root.at(ref.asText().substring(1));
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/events"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No docs/events above " + Path.of("").toAbsolutePath());
    }
}
