package org.embargomonitor.e2e.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One operation of a service's OpenAPI document: what the fuzzer may send to it. */
public record ApiOperation(String method, String path, List<Parameter> parameters, List<String> bodyTypes, JsonNode bodySchema,
        JsonNode components) {

    /** A path, query or header parameter and its schema, with references resolved. */
    public record Parameter(String name, String in, JsonNode schema) {

        /** The OpenAPI type, or the format for the types the services read themselves (UUID, LocalDate). */
        public String type() {
            if (schema.has("format")) {
                return schema.get("format").asText();
            }
            if (schema.has("pattern") && schema.get("pattern").asText().startsWith("[a-f0-9]{8}")) {
                return "uuid";
            }
            return schema.path("type").asText("string");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every operation of the document the service serves at /q/openapi. */
    public static List<ApiOperation> of(String serviceUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(serviceUrl + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(serviceUrl + "/q/openapi answered " + response.statusCode());
        }
        JsonNode document = JSON.readTree(response.body());
        JsonNode components = document.path("components").path("schemas");
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : method.getValue().path("parameters")) {
                    parameters.add(new Parameter(parameter.get("name").asText(), parameter.get("in").asText(),
                            resolve(parameter.path("schema"), components)));
                }
                JsonNode content = method.getValue().path("requestBody").path("content");
                List<String> bodyTypes = new ArrayList<>();
                content.fieldNames().forEachRemaining(bodyTypes::add);
                JsonNode bodySchema = bodyTypes.isEmpty() ? null : resolve(content.path(bodyTypes.get(0)).path("schema"), components);
                operations.add(new ApiOperation(method.getKey().toUpperCase(), path.getKey(), parameters, bodyTypes, bodySchema, components));
            }
        }
        return operations;
    }

    /** The schema itself, or the component it refers to. */
    public static JsonNode resolve(JsonNode schema, JsonNode components) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }

    /** Whether there is anything to get wrong: an operation with no parameters and no body cannot be fuzzed. */
    public boolean hasInputs() {
        return !parameters.isEmpty() || !bodyTypes.isEmpty();
    }

    public boolean takesJson() {
        return bodyTypes.contains("application/json");
    }

    /** An operation that only reads: whatever it answers, nothing stored may change. */
    public boolean reads() {
        return method.equals("GET");
    }

    /** The path with its parameter names blanked, to compare with the role matrix. */
    public String shape() {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
