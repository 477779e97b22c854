package org.embargomonitor.platform.problem;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;

import org.embargomonitor.platform.SafeText;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The rule of {@link SafeText} for query and path parameters: a NUL in a search or an id, or percent-encoded bytes
 * that are not UTF-8 (which would otherwise be read as U+FFFD and stored), is refused naming the parameter.
 */
public class SafeTextParameters {

    private static final String NOT_UTF8 = "must be UTF-8 text: its percent-encoded bytes are not";

    @ServerRequestFilter
    public Response refuseUnsafeText(UriInfo uri) {
        String path = uri.getRequestUri().getRawPath();
        Response refused = firstProblem(rawQueryParameters(uri.getRequestUri().getRawQuery()), path, "query parameter");
        return refused != null ? refused : firstProblem(rawPathParameters(uri), path, "path segment");
    }

    private static Response firstProblem(List<Map.Entry<String, String>> rawParameters, String path, String what) {
        for (Map.Entry<String, String> parameter : rawParameters) {
            String text = decodedStrictly(parameter.getValue());
            String problem = text == null ? NOT_UTF8 : SafeText.problemOf(text);
            if (problem != null) {
                return Problem.of(Status.BAD_REQUEST, "The " + what + " " + parameter.getKey() + " " + problem + ".")
                        .withErrors(List.of(new Problem.FieldError(parameter.getKey(), problem))).withInstance(path).toResponse();
            }
        }
        return null;
    }

    /** Each name and its value as sent, still percent-encoded (JAX-RS here gives only decoded values). */
    private static List<Map.Entry<String, String>> rawQueryParameters(String rawQuery) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (rawQuery == null) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String decodedName = decodedStrictly(name);
            parameters.add(Map.entry(decodedName == null ? "query" : decodedName, equals < 0 ? "" : pair.substring(equals + 1)));
        }
        return parameters;
    }

    /** Each segment of the path as sent, named by the path parameter it holds. */
    private static List<Map.Entry<String, String>> rawPathParameters(UriInfo uri) {
        List<Map.Entry<String, String>> segments = new ArrayList<>();
        MultivaluedMap<String, String> decoded = uri.getPathParameters();
        for (String raw : uri.getRequestUri().getRawPath().split("/")) {
            String lenient = leniently(raw);
            String name = decoded.entrySet().stream().filter(parameter -> parameter.getValue().contains(lenient))
                    .map(Map.Entry::getKey).findFirst().orElse("path");
            segments.add(Map.entry(name, raw));
        }
        return segments;
    }

    private static String leniently(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    /** The percent-decoded text, or null when the bytes are not UTF-8. */
    static String decodedStrictly(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && HexFormat.isHexDigit(raw.charAt(i + 1)) && HexFormat.isHexDigit(raw.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
