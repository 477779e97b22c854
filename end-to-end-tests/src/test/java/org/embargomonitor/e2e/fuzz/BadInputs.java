package org.embargomonitor.e2e.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Bad requests for one operation, generated from its OpenAPI schema around a valid request: each changes exactly
 * one parameter, one field of the JSON body or the body as a whole. The same seed gives the same requests.
 */
public final class BadInputs {

    /** A valid request to start from: the values of path parameters and a body the operation accepts. */
    public interface ValidRequest {

        String pathValue(ApiOperation operation, String parameter);

        /** A body the operation accepts, or null when it takes none. */
        Body body(ApiOperation operation);
    }

    public record Body(String contentType, byte[] bytes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOLE = "\u0001fuzz\u0001";
    private static final String HOLE_JSON = "\"\\u0001fuzz\\u0001\"";
    private static final int OVERSIZED_BYTES = 80 * 1024 * 1024;
    private static final Map<Character, Character> LOOK_ALIKES = Map.of('A', '\u0410', 'E', '\u0415', 'O', '\u041E', 'C', '\u0421',
            'P', '\u0420', 'T', '\u0422', 'I', '\u0406', 'S', '\u0405');

    private final ApiOperation operation;
    private final ValidRequest valid;
    private final SplittableRandom random;

    public BadInputs(ApiOperation operation, ValidRequest valid, long seed) {
        this.operation = operation;
        this.valid = valid;
        this.random = new SplittableRandom(seed);
    }

    public BadRequest next() {
        List<Supplier<BadRequest>> targets = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            targets.add(() -> badParameter(parameter));
        }
        Body body = valid.body(operation);
        if (body != null && operation.takesJson()) {
            JsonNode tree = readTree(body.bytes());
            for (List<Object> field : fieldsOf(tree, new ArrayList<>())) {
                targets.add(() -> badField(tree, field));
            }
            targets.add(() -> badJsonBody(body));
        } else if (body != null) {
            targets.add(() -> badFileBody(body));
        }
        return targets.get(random.nextInt(targets.size())).get();
    }

    // ---- parameters

    private BadRequest badParameter(ApiOperation.Parameter parameter) {
        List<String[]> values = new ArrayList<>(); // raw (percent-encoded) value, description, refused even by a read
        String type = parameter.type();
        switch (type) {
            case "uuid" -> {
                values.add(new String[] { "not-a-uuid", "not a UUID", "yes" });
                values.add(new String[] { "1", "a number for a UUID", "yes" });
                values.add(new String[] { "00000000-0000-0000-0000-00000000000g", "a UUID with a letter past f", "yes" });
            }
            case "int32", "int64", "integer" -> {
                values.add(new String[] { "abc", "letters for a number", "yes" });
                values.add(new String[] { "1.5", "a fraction for a whole number", "yes" });
                values.add(new String[] { "99999999999999999999", "a number beyond 64 bits", "yes" });
                values.add(new String[] { "-2147483649", "a number below 32 bits", "yes" });
                values.add(new String[] { "1e3", "an exponent for a whole number", "yes" });
            }
            case "double", "float", "number" -> {
                values.add(new String[] { "NaN", "NaN", "yes" });
                values.add(new String[] { "Infinity", "Infinity", "yes" });
                values.add(new String[] { "1e400", "a number beyond a double", "yes" });
                values.add(new String[] { "abc", "letters for a number", "yes" });
                values.add(new String[] { "0x10", "a hexadecimal number", "yes" });
            }
            case "date" -> {
                values.add(new String[] { "2024-02-30", "30 February", "yes" });
                values.add(new String[] { "2024-13-01", "month 13", "yes" });
                values.add(new String[] { "31%2F12%2F2024", "a date as DD/MM/YYYY", "yes" });
                values.add(new String[] { "%2B999999999-12-31", "a date beyond year 9999", "yes" });
                values.add(new String[] { "2024-01-01T00%3A00%3A00Z", "a date-time for a date", "yes" });
            }
            case "boolean" -> values.add(new String[] { "maybe", "a word for a boolean", "yes" });
            default -> {
                values.add(new String[] { "%E2%80%AE%D8%B3%D9%84%D8%A7%D8%AD", "a right-to-left override and Arabic", "no" });
                values.add(new String[] { "%27%22%3E%3Cscript%3E", "quotes and a script tag", "no" });
                values.add(new String[] { "x".repeat(3000), "3,000 characters", "no" });
                values.add(new String[] { "..%2F..%2F..%2Fq%2Fhealth", "a path climbing out", "no" });
            }
        }
        if (!parameter.in().equals("header")) {
            values.add(new String[] { "a%00b", "a NUL character", "yes" });
            values.add(new String[] { "a%ED%A0%80b", "an encoded lone surrogate", "yes" });
            values.add(new String[] { "a%FFb", "bytes that are not UTF-8", "yes" });
        } else {
            values.add(new String[] { "k".repeat(201), "a key of 201 characters", "yes" });
        }
        if (parameter.schema().path("type").asText().equals("array")) {
            values.add(new String[] { "x", "the same value 500 times", "no" });
        }
        if (parameter.schema().has("maxLength")) {
            int longer = parameter.schema().get("maxLength").asInt() + 1;
            values.add(new String[] { "y".repeat(longer), longer + " characters, one over the limit", "yes" });
        }
        if (parameter.name().equals("fileName")) {
            values.add(new String[] { "photo%E2%80%AEgpj.exe", "a right-to-left override hiding the extension", "yes" });
            values.add(new String[] { "n".repeat(301), "a name of 301 characters", "yes" });
            values.add(new String[] { "..%2F..%2Fetc%2Fpasswd", "folders in a file name", "yes" });
        }
        if (!operation.reads()) {
            // A write may store odd but acceptable text as it should; only what every operation must refuse is sent.
            values.removeIf(value -> value[2].equals("no"));
        }
        String[] chosen = values.get(random.nextInt(values.size()));
        boolean refusedByAll = chosen[2].equals("yes");
        boolean repeated = chosen[1].equals("the same value 500 times");
        String what = parameter.name() + ": " + chosen[1];
        Map<String, String> headers = new LinkedHashMap<>();
        String query = "";
        String path = pathWithValues(parameter.in().equals("path") ? Map.of(parameter.name(), chosen[0]) : Map.of());
        if (parameter.in().equals("query")) {
            query = "?" + (parameter.name() + "=" + chosen[0] + "&").repeat(repeated ? 500 : 1);
            query = query.substring(0, query.length() - 1);
        } else if (parameter.in().equals("header")) {
            headers.put(parameter.name(), chosen[0]);
        }
        Body body = valid.body(operation);
        if (body != null) {
            headers.put("Content-Type", body.contentType());
        }
        return new BadRequest(what, parameter.name(), operation.method(), path + query, headers, body == null ? null : body.bytes(),
                refusedByAll, refusedByAll && !parameter.in().equals("path"));
    }

    private String pathWithValues(Map<String, String> replaced) {
        String path = operation.path();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                String value = replaced.getOrDefault(parameter.name(), valid.pathValue(operation, parameter.name()));
                path = path.replace("{" + parameter.name() + "}", value);
            }
        }
        return path;
    }

    // ---- fields of a JSON body

    private BadRequest badField(JsonNode validTree, List<Object> field) {
        JsonNode value = at(validTree, field);
        JsonNode schema = schemaAt(field);
        List<String[]> values = new ArrayList<>(); // raw JSON (or "remove"), description
        if (value.isTextual()) {
            values.add(new String[] { "\"a\\u0000b\"", "a NUL character" });
            values.add(new String[] { "\"a\\ud800b\"", "a lone surrogate" });
            values.add(new String[] { "12", "a number for text" });
            values.add(new String[] { "true", "a boolean for text" });
            values.add(new String[] { "{}", "an object for text" });
            values.add(new String[] { "[]", "an array for text" });
            values.add(new String[] { "\"" + "x".repeat(300_000) + "\"", "300,000 characters" });
            if (schema != null && schema.has("enum")) {
                values.add(new String[] { "\"NOT_A_VALUE\"", "an unknown value" });
                values.add(new String[] { "\"" + lookAlike(value.asText()) + "\"", "look-alike letters" });
                values.add(new String[] { "\"" + value.asText().toLowerCase() + "\"", "lower case" });
                values.add(new String[] { "0", "an ordinal for a name" });
            }
            String format = schema == null ? "" : schema.path("format").asText();
            if (format.equals("date")) {
                values.add(new String[] { "\"2024-02-30\"", "30 February" });
                values.add(new String[] { "\"2024-13-01\"", "month 13" });
                values.add(new String[] { "\"31/12/2024\"", "a date as DD/MM/YYYY" });
                values.add(new String[] { "\"2024-01-01T00:00:00Z\"", "a date-time for a date" });
            } else if (format.equals("date-time")) {
                values.add(new String[] { "\"2024-02-30T08:00:00Z\"", "30 February" });
                values.add(new String[] { "\"yesterday\"", "a word for a date-time" });
                values.add(new String[] { "\"+999999999-01-01T00:00:00Z\"", "a date-time beyond year 9999" });
            }
        } else if (value.isNumber()) {
            values.add(new String[] { "\"12\"", "text for a number" });
            values.add(new String[] { "true", "a boolean for a number" });
            values.add(new String[] { "1e400", "a number beyond a double" });
            values.add(new String[] { "NaN", "NaN" });
            values.add(new String[] { "-Infinity", "-Infinity" });
            values.add(new String[] { "99999999999999999999999", "a number beyond 64 bits" });
            values.add(new String[] { "-1e308", "-1e308" });
            if (value.isIntegralNumber()) {
                values.add(new String[] { "1.5", "a fraction for a whole number" });
            }
        } else if (value.isBoolean()) {
            values.add(new String[] { "2", "a number for a boolean" });
            values.add(new String[] { "\"yes\"", "text for a boolean" });
            values.add(new String[] { "{}", "an object for a boolean" });
        } else if (value.isObject()) {
            values.add(new String[] { "1", "a number for an object" });
            values.add(new String[] { "\"x\"", "text for an object" });
            values.add(new String[] { "[]", "an array for an object" });
        } else if (value.isArray()) {
            values.add(new String[] { "\"x\"", "text for a list" });
            values.add(new String[] { "{}", "an object for a list" });
            values.add(new String[] { "[null]", "a list holding null" });
            String element = value.isEmpty() ? "\"x\"" : write(value.get(0));
            values.add(new String[] { "[" + (element + ",").repeat(20_000) + element + "]", "a list of 20,001 elements" });
        }
        if (required(field)) {
            values.add(new String[] { "null", "null for a required field" });
            values.add(new String[] { "remove", "a required field left out" });
        }
        if (field.get(field.size() - 1) instanceof String) {
            values.add(new String[] { "duplicate", "the field given twice" });
        }
        String[] chosen = values.get(random.nextInt(values.size()));
        String name = fieldName(field);
        String json = withValue(validTree, field, chosen[0]);
        return new BadRequest(name + ": " + chosen[1], name, operation.method(), pathWithValues(Map.of()),
                Map.of("Content-Type", "application/json"), json.getBytes(UTF_8), true, true);
    }

    private String withValue(JsonNode validTree, List<Object> field, String raw) {
        JsonNode tree = validTree.deepCopy();
        ContainerNode<?> parent = (ContainerNode<?>) at(tree, field.subList(0, field.size() - 1));
        Object last = field.get(field.size() - 1);
        if (raw.equals("remove")) {
            if (parent instanceof ObjectNode object) {
                object.remove((String) last);
            } else {
                ((ArrayNode) parent).remove((Integer) last);
            }
            return write(tree);
        }
        String replacement = raw;
        if (raw.equals("duplicate")) {
            String original = write(at(tree, field));
            replacement = original + ", " + write(TextNode.valueOf((String) last)) + ": " + original;
        }
        if (parent instanceof ObjectNode object) {
            object.put((String) last, HOLE);
        } else {
            ((ArrayNode) parent).set((Integer) last, TextNode.valueOf(HOLE));
        }
        return write(tree).replace(HOLE_JSON, replacement);
    }

    private static List<List<Object>> fieldsOf(JsonNode node, List<Object> prefix) {
        List<List<Object>> fields = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                List<Object> path = new ArrayList<>(prefix);
                path.add(entry.getKey());
                fields.add(path);
                fields.addAll(fieldsOf(entry.getValue(), path));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> path = new ArrayList<>(prefix);
            path.add(0);
            if (!prefix.isEmpty()) {
                fields.add(path);
            }
            fields.addAll(fieldsOf(node.get(0), path));
        }
        return fields;
    }

    private static JsonNode at(JsonNode tree, List<Object> field) {
        JsonNode node = tree;
        for (Object step : field) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    /** The schema of a field of the body, following properties and list items; null where the document is silent. */
    private JsonNode schemaAt(List<Object> field) {
        JsonNode schema = operation.bodySchema();
        for (Object step : field) {
            if (schema == null) {
                return null;
            }
            JsonNode next = step instanceof String name ? schema.path("properties").get(name) : schema.get("items");
            schema = next == null ? null : ApiOperation.resolve(next, operation.components());
        }
        return schema;
    }

    private boolean required(List<Object> field) {
        if (!(field.get(field.size() - 1) instanceof String name)) {
            return false;
        }
        JsonNode parent = field.size() == 1 ? ApiOperation.resolve(operation.bodySchema(), operation.components())
                : schemaAt(field.subList(0, field.size() - 1));
        if (parent == null) {
            return false;
        }
        for (JsonNode required : parent.path("required")) {
            if (required.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The field as the problem names it: items[0].serialNumber, terms.targets.citation. */
    static String fieldName(List<Object> field) {
        StringBuilder name = new StringBuilder();
        for (Object step : field) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(step);
            }
        }
        return name.toString();
    }

    private static String lookAlike(String text) {
        StringBuilder alike = new StringBuilder(text);
        for (int i = 0; i < alike.length(); i++) {
            Character swapped = LOOK_ALIKES.get(alike.charAt(i));
            if (swapped != null) {
                alike.setCharAt(i, swapped);
                return alike.toString();
            }
        }
        return "\u0410" + text;
    }

    // ---- the body as a whole

    private BadRequest badJsonBody(Body valid) {
        String json = new String(valid.bytes(), UTF_8);
        List<Object[]> bodies = new ArrayList<>(); // description, content type, bytes, names the body
        bodies.add(new Object[] { "a second JSON value after the first", "application/json", (json + " {}").getBytes(UTF_8), true });
        bodies.add(new Object[] { "text after the JSON", "application/json", (json + " trailing").getBytes(UTF_8), true });
        bodies.add(new Object[] { "50,000 nested arrays", "application/json", ("[".repeat(50_000) + "]".repeat(50_000)).getBytes(UTF_8), true });
        bodies.add(new Object[] { "an empty body", "application/json", new byte[0], true });
        bodies.add(new Object[] { "null for the body", "application/json", "null".getBytes(UTF_8), true });
        bodies.add(new Object[] { "not JSON", "application/json", "reference=X&circumstance=SEIZED".getBytes(UTF_8), true });
        bodies.add(new Object[] { "cut off halfway", "application/json", json.substring(0, json.length() / 2).getBytes(UTF_8), true });
        bodies.add(new Object[] { "a JSON string for the body", "application/json", "\"body\"".getBytes(UTF_8), true });
        bodies.add(new Object[] { "JSON sent as text/plain", "text/plain", valid.bytes(), false });
        bodies.add(new Object[] { "an 80 MB body", "application/json", oversized(), false });
        Object[] chosen = bodies.get(random.nextInt(bodies.size()));
        return new BadRequest((String) chosen[0], "body", operation.method(), pathWithValues(Map.of()),
                Map.of("Content-Type", (String) chosen[1]), (byte[]) chosen[2], true, (Boolean) chosen[3]);
    }

    private BadRequest badFileBody(Body valid) {
        List<Object[]> bodies = new ArrayList<>(); // description, content type, bytes
        bodies.add(new Object[] { "an empty body", valid.contentType(), new byte[0] });
        bodies.add(new Object[] { "an 80 MB body", valid.contentType(), oversized() });
        String boundary = "fuzz" + random.nextInt(1_000_000);
        if (operation.bodyTypes().contains("multipart/form-data")) {
            String multipart = "multipart/form-data; boundary=" + boundary;
            bodies.add(new Object[] { "parts not separated by the named boundary", multipart, part("other-boundary", "file", "a.txt", "text") });
            bodies.add(new Object[] { "multipart with no parts", multipart, ("--" + boundary + "--\r\n").getBytes(UTF_8) });
            bodies.add(new Object[] { "a file name of 400 characters", multipart, part(boundary, "file", "n".repeat(400) + ".txt", "text") });
            bodies.add(new Object[] { "a NUL in the file name", multipart, part(boundary, "file", "a\u0000b.txt", "text") });
            bodies.add(new Object[] { "no file part", multipart, part(boundary, "note", null, "text") });
        }
        if (operation.bodyTypes().contains("application/xml")) {
            bodies.add(new Object[] { "XML that is not well formed", "application/xml", "<CONSOLIDATED_LIST><INDIVIDUALS>".getBytes(UTF_8) });
            bodies.add(new Object[] { "an external entity", "application/xml", ("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY x SYSTEM "
                    + "\"file:///etc/passwd\">]><CONSOLIDATED_LIST dateGenerated=\"2099-01-02T00:00:00Z\"><INDIVIDUALS/><ENTITIES><ENTITY>"
                    + "<FIRST_NAME>&x;</FIRST_NAME><UN_LIST_TYPE>CAR</UN_LIST_TYPE><REFERENCE_NUMBER>CFe.998</REFERENCE_NUMBER>"
                    + "<LISTED_ON>2026-01-01</LISTED_ON></ENTITY></ENTITIES></CONSOLIDATED_LIST>").getBytes(UTF_8) });
            bodies.add(new Object[] { "entity expansion (a billion laughs)", "application/xml", billionLaughs() });
        }
        if (operation.bodyTypes().contains("text/plain")) {
            bodies.add(new Object[] { "a NUL in the text", "text/plain", "KT104523\nAl\u0000Shabab\n".getBytes(UTF_8) });
        }
        Object[] chosen = bodies.get(random.nextInt(bodies.size()));
        return new BadRequest((String) chosen[0], "body", operation.method(), pathWithValues(Map.of()),
                Map.of("Content-Type", (String) chosen[1]), (byte[]) chosen[2], true, false);
    }

    private static byte[] part(String boundary, String name, String fileName, String content) {
        String disposition = "Content-Disposition: form-data; name=\"" + name + "\"" + (fileName == null ? "" : "; filename=\"" + fileName + "\"");
        return ("--" + boundary + "\r\n" + disposition + "\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
                .getBytes(UTF_8);
    }

    private static byte[] billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return xml.append("]><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol9;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS>"
                + "</CONSOLIDATED_LIST>").toString().getBytes(UTF_8);
    }

    private static byte[] oversized() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(OVERSIZED_BYTES + 16);
        bytes.writeBytes("{\"narrative\": \"".getBytes(UTF_8));
        bytes.writeBytes("x".repeat(OVERSIZED_BYTES).getBytes(UTF_8));
        bytes.writeBytes("\"}".getBytes(UTF_8));
        return bytes.toByteArray();
    }

    private static JsonNode readTree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the valid body is not JSON", e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
