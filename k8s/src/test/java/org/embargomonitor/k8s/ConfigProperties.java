package org.embargomonitor.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The properties the services read: set in their configuration files or declared by their @ConfigMapping interfaces. */
final class ConfigProperties {

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern METHOD = Pattern.compile("^\\s+([\\w<>, ?.]+)\\s+(\\w+)\\(\\);", Pattern.MULTILINE);
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name = \"([^\"]+)\"");
    private static final List<String> SOURCES = List.of("seizure-service", "embargo-service", "search-service", "gateway",
            "platform-commons", "platform-outbox");
    /** What every service shares besides its own module. */
    private static final List<String> SHARED_MODULES = List.of("platform-commons", "platform-outbox");

    private ConfigProperties() {
    }

    /** Every property of ours (not quarkus., mp. or kafka.); a Map-valued mapping reads as {@code prefix.name.<key>}. */
    static Set<String> ours() throws IOException {
        Set<String> names = new TreeSet<>(fromMappings());
        names.addAll(mapProperties(SOURCES));
        for (Path file : files()) {
            for (ConfigReference.Setting setting : ConfigReference.settings(file)) {
                names.add(setting.key());
            }
        }
        names.removeIf(n -> n.startsWith("quarkus.") || n.startsWith("mp.") || n.startsWith("kafka."));
        return names;
    }

    /**
     * Every property one service reads (Quarkus's included): its configuration file, the shared one, and the mappings of
     * its module and the shared modules.
     */
    static Set<String> ofService(String service) throws IOException {
        List<String> modules = new ArrayList<>(SHARED_MODULES);
        modules.add(service);
        Set<String> names = new TreeSet<>(fromMappings(modules));
        names.addAll(mapProperties(modules));
        for (Path file : List.of(ConfigReference.SHARED, ConfigReference.file(service))) {
            for (ConfigReference.Setting setting : ConfigReference.settings(file)) {
                names.add(setting.key());
            }
        }
        return names;
    }

    /** Properties of the @ConfigMapping interfaces and @ConfigProperty injections that are not maps. */
    static Set<String> fromMappings() throws IOException {
        return fromMappings(SOURCES);
    }

    private static Set<String> fromMappings(List<String> modules) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String source : sources(modules)) {
            Matcher mapping = MAPPING.matcher(source);
            if (mapping.find()) {
                Matcher method = METHOD.matcher(outerInterface(source));
                while (method.find()) {
                    if (!method.group(1).startsWith("Map<")) {
                        names.add(mapping.group(1) + "." + kebab(method.group(2)));
                    }
                }
            }
            Matcher property = CONFIG_PROPERTY.matcher(source);
            while (property.find()) {
                if (!property.group(1).startsWith("quarkus.")) {
                    names.add(property.group(1));
                }
            }
        }
        return names;
    }

    /** Map-valued mappings as {@code prefix.name.<key>} (with the nested interface's members when there is one). */
    private static Set<String> mapProperties(List<String> modules) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String source : sources(modules)) {
            Matcher mapping = MAPPING.matcher(source);
            if (!mapping.find()) {
                continue;
            }
            Matcher method = METHOD.matcher(source);
            List<String[]> members = method.results().map(m -> new String[] { m.group(1), m.group(2) }).toList();
            for (String[] member : members) {
                if (member[0].startsWith("Map<")) {
                    String map = mapping.group(1) + "." + kebab(member[1]) + ".<key>";
                    String valueType = member[0].replaceAll("Map<\\s*\\w+\\s*,\\s*([\\w<>]+)\\s*>", "$1");
                    if (source.contains("interface " + valueType)) {
                        members.stream().filter(m -> !m[0].startsWith("Map<")).forEach(m -> names.add(map + "." + kebab(m[1])));
                    } else {
                        names.add(map);
                    }
                }
            }
        }
        return names;
    }

    /** A documented property matches a known one; {@code <anything>} on either side stands for one or more parts. */
    static boolean matches(String known, String documented) {
        if (known.endsWith(".<key>") && known.startsWith(documented + ".") && !documented.contains("<")) {
            return true;
        }
        String pattern = Pattern.quote(known).replaceAll("<key>", "\\\\E[^.]+(\\\\.[^.]+)*?\\\\Q");
        if (documented.matches(pattern)) {
            return true;
        }
        String generic = Pattern.quote(documented).replaceAll("<[a-z-]+>", "\\\\E[^.]+\\\\Q");
        return known.replace("<key>", "x").matches(generic) || known.matches(generic);
    }

    /** Topics the services publish to or read from (profile-free values that are not references). */
    static Set<String> topics() throws IOException {
        Set<String> topics = new TreeSet<>();
        for (String service : ConfigReference.SERVICES) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(ConfigReference.file(service))) {
                properties.load(reader);
            }
            properties.forEach((key, value) -> {
                if (!key.toString().startsWith("%") && key.toString().matches(".*(\\.topic|-topic)$") && !value.toString().startsWith("${")) {
                    topics.add(value.toString());
                }
            });
        }
        return topics;
    }

    private static List<Path> files() {
        List<Path> files = new ArrayList<>(List.of(ConfigReference.SHARED));
        ConfigReference.SERVICES.forEach(s -> files.add(ConfigReference.file(s)));
        return files;
    }

    private static List<String> sources(List<String> modules) throws IOException {
        List<String> sources = new ArrayList<>();
        for (String module : modules) {
            try (Stream<Path> files = Files.walk(Manifests.ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.add(Files.readString(file));
                }
            }
        }
        return sources;
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** The mapping interface's own members: the source up to a nested interface. */
    private static String outerInterface(String source) {
        int outer = source.indexOf("interface ");
        int nested = source.indexOf("interface ", outer + 1);
        return nested < 0 ? source : source.substring(0, nested);
    }
}
