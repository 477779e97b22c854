package org.embargomonitor.k8s;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Generates the Keycloak operator's KeycloakRealmImport from infra/keycloak/embargo-monitor-realm.json, the realm
 * the local script imports, so that both stay one realm: the demo users and the tests-only client are left out, no
 * client may take passwords (the device grant replaces it), client secrets become placeholders read from the Secret embargo-monitor-oidc, and local redirect addresses become
 * the public host.
 */
final class RealmImports {

    static final Path REALM_FILE = Manifests.ROOT.resolve("infra/keycloak/embargo-monitor-realm.json");
    static final Path IMPORT_FILE = Manifests.K8S.resolve("base/backing/realm-import.yaml");
    static final String PUBLIC_URL = "https://embargo-monitor.example.org";
    static final String SECRET = "embargo-monitor-oidc";
    private static final String LOCAL_ADDRESSES = "http://127.0.0.1:*";
    private static final String TESTS_ONLY_CLIENT = "embargo-expiry-probe";
    static final String HEADER = "# Generated from infra/keycloak/embargo-monitor-realm.json by k8s/src/test/.../RealmImports.java: do not edit.\n"
            + "# Regenerate with ./mvnw test -pl k8s -Dk8s.regenerate=true after changing the realm file.\n";

    private RealmImports() {
    }

    static ObjectNode generate() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(REALM_FILE.toFile());
        ObjectNode placeholders = json.createObjectNode();
        ArrayNode clients = json.createArrayNode();
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(TESTS_ONLY_CLIENT)) {
                continue;
            }
            ObjectNode copy = (ObjectNode) client.deepCopy();
            if (copy.hasNonNull("secret")) {
                String clientId = copy.get("clientId").asText();
                String placeholder = clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
                copy.put("secret", "${" + placeholder + "}");
                placeholders.putObject(placeholder).putObject("secret").put("name", SECRET).put("key", clientId + "-client-secret");
            }
            publicAddresses(copy);
            noPasswordGrant(copy);
            clients.add(copy);
        }
        realm.set("clients", clients);
        ArrayNode serviceAccounts = json.createArrayNode();
        realm.path("users").forEach(user -> {
            if (user.hasNonNull("serviceAccountClientId")) {
                serviceAccounts.add(user.deepCopy());
            }
        });
        realm.set("users", serviceAccounts);
        ObjectNode resource = json.createObjectNode().put("apiVersion", "k8s.keycloak.org/v2alpha1").put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", "embargo-monitor-realm");
        ObjectNode spec = resource.putObject("spec").put("keycloakCRName", "keycloak");
        spec.set("placeholders", placeholders);
        spec.set("realm", realm);
        return resource;
    }

    static String yaml(ObjectNode resource) throws IOException {
        return HEADER + new YAMLMapper().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).writeValueAsString(resource);
    }

    /**
     * The resource-owner password grant serves the demo users and the tests on one machine; in production a command-line
     * or field client signs in with the device authorization grant instead, and no client ever sees a password.
     */
    private static void noPasswordGrant(ObjectNode client) {
        if (client.path("directAccessGrantsEnabled").asBoolean(false)) {
            client.put("directAccessGrantsEnabled", false);
            ObjectNode attributes = client.has("attributes") ? (ObjectNode) client.get("attributes") : client.putObject("attributes");
            attributes.put("oauth2.device.authorization.grant.enabled", "true");
        }
    }

    private static void publicAddresses(ObjectNode client) {
        for (String list : new String[] { "redirectUris", "webOrigins" }) {
            if (client.get(list) instanceof ArrayNode addresses) {
                for (int i = 0; i < addresses.size(); i++) {
                    if (addresses.get(i).asText().equals(LOCAL_ADDRESSES)) {
                        addresses.set(i, PUBLIC_URL + "/*");
                    }
                }
            }
        }
        if (client.get("attributes") instanceof ObjectNode attributes) {
            Iterator<String> names = attributes.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (attributes.get(name).asText().equals(LOCAL_ADDRESSES)) {
                    attributes.put(name, PUBLIC_URL + "/*");
                }
            }
        }
    }
}
