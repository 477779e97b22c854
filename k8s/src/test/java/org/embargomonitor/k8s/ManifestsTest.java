package org.embargomonitor.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The manifests, validated without a cluster: parsed, assembled per overlay, checked against schemas and the code. */
class ManifestsTest {

    private static final List<String> SERVICES = List.of("gateway", "seizure-service", "embargo-service", "search-service");
    /** Quarkus properties that only a deployment sets, so that no application.properties names them. */
    private static final Set<String> DEPLOYMENT_ONLY_QUARKUS_PROPERTIES = Set.of("quarkus.oidc.token.issuer");

    @Test
    void shouldParseEveryManifestIntoObjectsWithAKindAndAName() {
        List<Path> files = Manifests.yamlFiles();

        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            for (ObjectNode object : Manifests.read(file)) {
                assertThat(object.path("apiVersion").asText()).as(file + " apiVersion").isNotBlank();
                assertThat(Manifests.kind(object)).as(file + " kind").isNotBlank();
                if (!Manifests.kind(object).equals("Kustomization")) {
                    assertThat(Manifests.name(object)).as(file + " metadata.name").isNotBlank();
                }
            }
        }
    }

    @Test
    void shouldListEveryBaseManifestInTheBaseKustomization() throws IOException {
        Path base = Manifests.K8S.resolve("base");
        Set<String> listed = new HashSet<>();
        Manifests.read(base.resolve("kustomization.yaml")).get(0).path("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.walk(base)) {
            Set<String> present = files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml"))
                    .map(f -> base.relativize(f).toString()).collect(Collectors.toSet());
            assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void shouldAssembleEachOverlayIntoObjectsThatFitTheirSchemas(String overlay) {
        List<ObjectNode> objects = Kustomize.build(Manifests.K8S.resolve("overlays").resolve(overlay));

        assertThat(objects.stream().map(Manifests::id)).doesNotHaveDuplicates();
        for (ObjectNode object : objects) {
            assertThat(SchemaChecks.problems(object)).as(Manifests.id(object) + " in " + overlay).isEmpty();
            assertThat(object.path("metadata").path("namespace").asText()).isEqualTo(overlay.equals("dev") ? "embargo-monitor-dev" : "embargo-monitor");
        }
        assertThat(objects.stream().map(o -> o.path("apiVersion").asText() + "/" + Manifests.kind(o)).collect(Collectors.toSet()))
                .allMatch(SchemaChecks.typesWithSchemas()::contains);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void shouldAssembleEachOverlayAsKustomizeItselfDoesWhenKubectlIsInstalled(String overlay) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/kubectl")) || Files.isExecutable(Path.of("/usr/local/bin/kubectl")),
                "kubectl is not installed");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", Manifests.K8S.resolve("overlays").resolve(overlay).toString())
                .redirectErrorStream(true).start();
        String output = new String(kubectl.getInputStream().readAllBytes());
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as(output).isZero();
        Path built = Files.createTempFile("kustomize-" + overlay, ".yaml");
        Files.writeString(built, output);

        Set<JsonNode> theirs = new HashSet<>(Manifests.read(built));
        Set<JsonNode> ours = new HashSet<>(Kustomize.build(Manifests.K8S.resolve("overlays").resolve(overlay)));

        assertThat(ours).isEqualTo(theirs);
    }

    @Test
    void shouldRunOneReplicaOfEverythingInDevAndSpreadReplicasInProd() {
        List<ObjectNode> dev = Kustomize.build(Manifests.K8S.resolve("overlays/dev"));
        List<ObjectNode> prod = Kustomize.build(Manifests.K8S.resolve("overlays/prod"));

        assertThat(Manifests.ofKind(dev, "Deployment")).allSatisfy(d -> assertThat(d.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(Manifests.ofKind(dev, "HorizontalPodAutoscaler")).allSatisfy(h -> assertThat(h.path("spec").path("maxReplicas").asInt()).isEqualTo(1));
        assertThat(Manifests.ofKind(dev, "KafkaTopic")).allSatisfy(t -> assertThat(t.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(Manifests.find(dev, "KafkaNodePool", "dual-role").orElseThrow().path("spec").path("replicas").asInt()).isEqualTo(1);
        assertThat(Manifests.ofKind(dev, "Cluster")).allSatisfy(c -> assertThat(c.path("spec").path("instances").asInt()).isEqualTo(1));

        for (ObjectNode deployment : Manifests.ofKind(prod, "Deployment")) {
            JsonNode antiAffinity = deployment.path("spec").path("template").path("spec").path("affinity").path("podAntiAffinity");
            assertThat(antiAffinity.path("requiredDuringSchedulingIgnoredDuringExecution")).as(Manifests.id(deployment)).isNotEmpty();
            assertThat(deployment.path("spec").path("replicas").asInt()).as(Manifests.id(deployment)).isEqualTo(3);
            assertThat(Kustomize.containers(deployment).get(0).path("image").asText()).startsWith("registry.example.org/embargo-monitor/");
        }
        assertThat(Manifests.ofKind(prod, "KafkaTopic")).allSatisfy(t -> {
            assertThat(t.path("spec").path("replicas").asInt()).isEqualTo(3);
            assertThat(t.path("spec").path("config").path("min.insync.replicas").asInt()).isEqualTo(2);
        });
        assertThat(Manifests.ofKind(prod, "Cluster")).allSatisfy(c -> assertThat(c.path("spec").path("instances").asInt()).isEqualTo(3));
        assertThat(Manifests.ofKind(prod, "PodDisruptionBudget")).hasSize(4);
    }

    @Test
    void shouldDeployTheImagesPortsAndProbesTheServicesAreConfiguredWith() throws IOException {
        List<ObjectNode> base = Kustomize.build(Manifests.K8S.resolve("base"));
        Properties shared = properties(Manifests.ROOT.resolve("platform-commons/src/main/resources/META-INF/microprofile-config.properties"));
        String version = projectVersion();

        for (String service : SERVICES) {
            Properties own = properties(Manifests.ROOT.resolve(service).resolve("src/main/resources/application.properties"));
            ObjectNode deployment = Manifests.find(base, "Deployment", service).orElseThrow();
            ObjectNode container = Kustomize.containers(deployment).get(0);
            int port = Integer.parseInt(resolved(own.getProperty("quarkus.http.port"), shared));
            String healthRoot = own.getProperty("quarkus.smallrye-health.root-path", "/q/health");

            assertThat(container.path("image").asText()).isEqualTo(shared.getProperty("quarkus.container-image.group") + "/"
                    + own.getProperty("quarkus.application.name") + ":" + version);
            assertThat(container.path("ports").get(0).path("containerPort").asInt()).as(service).isEqualTo(port);
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo(healthRoot + "/ready");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo(healthRoot + "/live");
            assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo(healthRoot + "/started");
            assertThat(Manifests.find(base, "Service", service).orElseThrow().path("spec").path("ports").get(0).path("port").asInt())
                    .isEqualTo(port);
            assertThat(container.path("resources").path("limits").path("memory").asText()).isNotBlank();
        }
    }

    /** The value, or the shared property it names whole ({@code ${name}}). */
    private static String resolved(String value, Properties shared) {
        return value.startsWith("${") && value.endsWith("}") ? shared.getProperty(value.substring(2, value.length() - 1)) : value;
    }

    @Test
    void shouldOnlySetPropertiesThatTheServicesHave() throws IOException {
        List<ObjectNode> base = Kustomize.build(Manifests.K8S.resolve("base"));
        for (String service : SERVICES) {
            Set<String> known = knownProperties(service);
            List<String> settings = new ArrayList<>();
            Manifests.find(base, "ConfigMap", service + "-config").orElseThrow().path("data").fieldNames().forEachRemaining(settings::add);
            Kustomize.containers(Manifests.find(base, "Deployment", service).orElseThrow()).get(0).path("env")
                    .forEach(e -> settings.add(e.path("name").asText()));
            settings.remove("JAVA_OPTS_APPEND");

            assertThat(settings).as(service).allSatisfy(variable -> assertThat(known).as(service + " has a property for " + variable)
                    .contains(variable));
        }
    }

    @Test
    void shouldDeclareEveryTopicTheServicesUseAsAKafkaTopic() throws IOException {
        Set<String> topics = ConfigProperties.topics();
        Set<String> declared = Manifests.ofKind(Kustomize.build(Manifests.K8S.resolve("base")), "KafkaTopic").stream()
                .map(Manifests::name).collect(Collectors.toSet());

        assertThat(topics).containsExactlyInAnyOrder("seizures", "evidence", "findings", "seizures-embargo-dlq", "seizures-search-dlq",
                "evidence-search-dlq", "findings-search-dlq");
        assertThat(declared).containsExactlyInAnyOrderElementsOf(topics);
    }

    @Test
    void shouldLetOnlyTheGatewayAndKeycloaksLoginInFromOutsideTheNamespace() {
        List<ObjectNode> policies = Manifests.ofKind(Kustomize.build(Manifests.K8S.resolve("base")), "NetworkPolicy");

        assertThat(policies).anySatisfy(p -> {
            assertThat(Manifests.name(p)).isEqualTo("default-deny");
            assertThat(p.path("spec").path("podSelector").isEmpty()).isTrue();
        });
        for (ObjectNode policy : policies) {
            boolean fromOutside = false;
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                for (JsonNode from : rule.path("from")) {
                    String namespace = from.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText();
                    fromOutside |= namespace.equals("ingress-nginx");
                }
            }
            if (fromOutside) {
                assertThat(Manifests.name(policy)).isIn("gateway", "keycloak-login");
            }
        }
        for (String service : List.of("seizure-service", "embargo-service", "search-service")) {
            ObjectNode policy = Manifests.find(policies, "NetworkPolicy", service).orElseThrow();
            assertThat(policy.path("spec").path("policyTypes").toString()).contains("Ingress").contains("Egress");
        }
    }

    @Test
    void shouldGenerateTheRealmImportFromTheRealmFileTheLocalScriptImports() throws IOException {
        ObjectNode generated = RealmImports.generate();
        if (Boolean.getBoolean("k8s.regenerate")) {
            Files.writeString(RealmImports.IMPORT_FILE, RealmImports.yaml(generated));
        }
        ObjectNode committed = Manifests.read(RealmImports.IMPORT_FILE).get(0);

        assertThat(committed).as("k8s/base/backing/realm-import.yaml is stale: " + RealmImports.HEADER).isEqualTo(generated);
        JsonNode realm = committed.path("spec").path("realm");
        assertThat(realm.path("users").findValuesAsText("username")).containsExactly("service-account-search-service");
        assertThat(realm.toString()).doesNotContain("dev-secret").doesNotContain("127.0.0.1").doesNotContain("demo-password");
        assertThat(realm.path("clients").findValuesAsText("clientId")).doesNotContain("embargo-expiry-probe");
        assertThat(realm.path("clients").findValues("directAccessGrantsEnabled")).as("clients taking passwords")
                .allSatisfy(grant -> assertThat(grant.asBoolean()).isFalse());
        assertThat(committed.path("spec").path("placeholders").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("GATEWAY_CLIENT_SECRET", "SEARCH_SERVICE_CLIENT_SECRET");
    }

    /** The environment variables a service reads: its properties, as environment variable names. */
    private static Set<String> knownProperties(String service) throws IOException {
        Set<String> names = new TreeSet<>(DEPLOYMENT_ONLY_QUARKUS_PROPERTIES);
        names.addAll(ConfigProperties.ofService(service));
        return names.stream().map(n -> n.toUpperCase().replaceAll("[^A-Z0-9]", "_")).collect(Collectors.toSet());
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void shouldDeployTheKeycloakAndOpenSearchVersionsTheTestsRunAgainst() throws IOException {
        List<ObjectNode> base = Kustomize.build(Manifests.K8S.resolve("base"));
        String servers = Files.readString(Manifests.ROOT.resolve("infra/servers/pom.xml"));

        assertThat(Manifests.ofKind(base, "Keycloak")).singleElement().satisfies(keycloak -> assertThat(keycloak.path("spec")
                .path("image").asText()).endsWith(":" + serverVersion(servers, "keycloak")));
        assertThat(Manifests.ofKind(base, "OpenSearchCluster")).singleElement().satisfies(openSearch -> assertThat(openSearch
                .path("spec").path("general").path("version").asText()).isEqualTo(serverVersion(servers, "opensearch")));
    }

    private static String serverVersion(String serversPom, String server) {
        Matcher version = Pattern.compile("<" + server + "\\.version>([^<]+)</" + server + "\\.version>").matcher(serversPom);
        assertThat(version.find()).as(server + " version in infra/servers/pom.xml").isTrue();
        return version.group(1);
    }

    private static String projectVersion() throws IOException {
        Matcher version = Pattern.compile("<artifactId>embargo-monitor-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Manifests.ROOT.resolve("pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
