package org.embargomonitor.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The docs describe the system as it is: every endpoint, property and topic they name exists in the code. */
class DocsTest {

    private static final Pattern API_PATH = Pattern.compile("(?<![\\w/.])(/api/[A-Za-z0-9/{}._-]*[A-Za-z0-9}])");
    private static final Pattern OUR_PROPERTY = Pattern.compile("`((?:seizures|embargo|search|gateway|outbox)\\.[a-z0-9.<>-]+)`");

    @Test
    void shouldNameOnlyEndpointsTheServicesServe() throws IOException {
        List<String> endpoints = Endpoints.all();
        assertThat(endpoints).contains("/api/search/records/{seizureId}/items/{itemId}/linked", "/api/me");

        List<String> unknown = new ArrayList<>();
        for (Path doc : docs()) {
            Matcher path = API_PATH.matcher(Files.readString(doc));
            while (path.find()) {
                String named = path.group(1);
                if (!named.contains("*") && !named.contains("...") && endpoints.stream().noneMatch(e -> Endpoints.matches(e, named))) {
                    unknown.add(Manifests.ROOT.relativize(doc) + ": " + named);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void shouldNameOnlyPropertiesTheServicesRead() throws IOException {
        Set<String> known = ConfigProperties.ours();
        List<String> unknown = new ArrayList<>();
        for (Path doc : docs()) {
            Matcher property = OUR_PROPERTY.matcher(Files.readString(doc));
            while (property.find()) {
                String named = property.group(1).replaceAll("\\.$", "");
                if (known.stream().noneMatch(k -> ConfigProperties.matches(k, named))) {
                    unknown.add(Manifests.ROOT.relativize(doc) + ": " + named);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void shouldListEveryPropertyInTheConfigurationReferenceWithItsDefault() throws IOException {
        String doc = Files.readString(ConfigReference.DOC);
        String tables = ConfigReference.tables();
        if (Boolean.getBoolean("docs.regenerate")) {
            int start = doc.indexOf(ConfigReference.START) + ConfigReference.START.length();
            doc = doc.substring(0, start) + tables + doc.substring(doc.indexOf(ConfigReference.END));
            Files.writeString(ConfigReference.DOC, doc);
        }
        assertThat(doc).as("docs/operations.md's configuration tables are stale: run ./mvnw test -pl k8s -Ddocs.regenerate=true")
                .contains(ConfigReference.START + tables + ConfigReference.END);
        for (String property : ConfigProperties.fromMappings()) {
            assertThat(doc).as("docs/operations.md lists " + property).contains("`" + property + "`");
        }
    }

    @Test
    void shouldNameEveryTopicAndOnlyTopicsTheServicesUse() throws IOException {
        Set<String> used = ConfigProperties.topics();
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)`").matcher(Files.readString(Manifests.ROOT.resolve("docs/events.md")));
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertThat(documented).isEqualTo(used);
    }

    private static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Manifests.ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.list(Manifests.ROOT.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }
}
