package org.embargomonitor.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The paths the services serve, read from the JAX-RS annotations of their resources. */
final class Endpoints {

    private static final Pattern PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
    private static final Pattern HTTP_METHOD = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH)\\b");
    private static final Pattern CLASS = Pattern.compile("\\bclass\\s+(\\w+)");
    private static final Pattern EXTENDS = Pattern.compile("\\bclass\\s+\\w+\\s+extends\\s+(\\w+)");
    /** Shared modules whose abstract resources the services extend, giving them their own paths. */
    private static final List<String> SHARED = List.of("platform-pipeline", "platform-jobs");
    /** A method declaration: a line of modifiers, a type and a name followed by its parameters. */
    private static final Pattern SIGNATURE = Pattern.compile("(?m)^\\s+(?:public |protected |private |static |final )*[\\w<>\\[\\]., ?]+\\s+\\w+\\((?=[^)]*\\)?)");

    private Endpoints() {
    }

    static List<String> all() throws IOException {
        Map<String, List<String>> inherited = new HashMap<>();
        for (String module : SHARED) {
            for (String source : sources(module)) {
                Matcher type = CLASS.matcher(source);
                if (type.find()) {
                    inherited.put(type.group(1), of(source, Map.of()));
                }
            }
        }
        List<String> endpoints = new ArrayList<>();
        for (String service : ConfigReference.SERVICES) {
            for (String source : sources(service)) {
                endpoints.addAll(of(source, inherited));
            }
        }
        for (ConfigReference.Setting setting : ConfigReference.settings(ConfigReference.file("gateway"))) {
            if (setting.key().matches("gateway\\.routes\\.[^.]+\\.path")) {
                endpoints.add(setting.value());
            }
        }
        return endpoints;
    }

    private static List<String> sources(String module) throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Manifests.ROOT.resolve(module).resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
        }
        return sources;
    }

    /**
     * The class's @Path joined with each HTTP method's own @Path (the annotations just before the method), and
     * with those of the shared resource it extends.
     */
    static List<String> of(String source, Map<String, List<String>> inherited) {
        Matcher type = CLASS.matcher(source);
        if (!type.find()) {
            return List.of();
        }
        Matcher classPath = PATH.matcher(source.substring(0, type.start()));
        String base = classPath.find() ? classPath.group(1) : "";
        List<String> endpoints = new ArrayList<>();
        Matcher parent = EXTENDS.matcher(source);
        if (parent.find() && inherited.containsKey(parent.group(1))) {
            inherited.get(parent.group(1)).forEach(path -> endpoints.add((base + "/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1")));
        }
        Matcher signature = SIGNATURE.matcher(source);
        int previous = type.end();
        while (signature.find(previous)) {
            String annotations = source.substring(previous, signature.start());
            if (HTTP_METHOD.matcher(annotations).find()) {
                Matcher own = PATH.matcher(annotations);
                String path = base + (own.find() ? "/" + own.group(1) : "");
                endpoints.add(path.replaceAll("/+", "/").replaceAll("(.)/$", "$1"));
            }
            previous = signature.end();
        }
        return endpoints;
    }

    /** A documented path matches an endpoint segment by segment; a {placeholder} on either side matches any segment. */
    static boolean matches(String endpoint, String documented) {
        String[] served = endpoint.split("/");
        String[] named = documented.split("/");
        if (served.length != named.length) {
            return false;
        }
        for (int i = 0; i < served.length; i++) {
            boolean placeholder = served[i].startsWith("{") || named[i].startsWith("{");
            if (!placeholder && !served[i].equals(named[i])) {
                return false;
            }
        }
        return true;
    }
}
