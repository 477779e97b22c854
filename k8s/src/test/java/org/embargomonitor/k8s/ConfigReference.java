package org.embargomonitor.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The configuration tables of docs/operations.md, written from the services' configuration files: every property
 * set there with its value, grouped under the file's own comments. Profile-specific values are left out.
 */
final class ConfigReference {

    static final Path DOC = Manifests.ROOT.resolve("docs/operations.md");
    static final String START = "<!-- config:start -->\n";
    static final String END = "<!-- config:end -->\n";
    static final List<String> SERVICES = List.of("seizure-service", "embargo-service", "search-service", "gateway");
    static final Path SHARED = Manifests.ROOT.resolve("platform-commons/src/main/resources/META-INF/microprofile-config.properties");

    private ConfigReference() {
    }

    record Setting(String key, String value, String comment) {
    }

    static String tables() throws IOException {
        StringBuilder out = new StringBuilder("### Every service (`platform-commons`, overridable per service)\n\n").append(table(SHARED));
        for (String service : SERVICES) {
            out.append("\n### ").append(service).append("\n\n").append(table(file(service)));
        }
        return out.toString();
    }

    static Path file(String service) {
        return Manifests.ROOT.resolve(service).resolve("src/main/resources/application.properties");
    }

    /** The file's settings in order, each with the comment of its group (only on the first of a group). */
    static List<Setting> settings(Path file) throws IOException {
        List<Setting> settings = new ArrayList<>();
        StringBuilder comment = new StringBuilder();
        boolean groupStarted = false;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#")) {
                if (groupStarted) {
                    comment.setLength(0);
                    groupStarted = false;
                }
                comment.append(comment.isEmpty() ? "" : " ").append(line.replaceFirst("^#+\\s*", "").strip());
            } else if (line.isBlank()) {
                comment.setLength(0);
                groupStarted = false;
            } else {
                int equals = line.indexOf('=');
                String key = line.substring(0, equals).strip();
                if (!key.startsWith("%")) {
                    settings.add(new Setting(key, line.substring(equals + 1).strip(), groupStarted ? "" : comment.toString()));
                    groupStarted = true;
                }
            }
        }
        return settings;
    }

    private static String table(Path file) throws IOException {
        StringBuilder table = new StringBuilder("| property | default | |\n|---|---|---|\n");
        for (Setting s : settings(file)) {
            table.append("| `").append(s.key()).append("` | `").append(s.value().replace("|", "\\|")).append("` | ")
                    .append(s.comment()).append(" |\n");
        }
        return table.toString();
    }
}
