package org.embargomonitor.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * Checks each object against a schema: Kubernetes objects against the Fabric8 model, Strimzi resources against
 * Strimzi's model (types must bind, and no field may be left over as unknown), the other operators' resources
 * against the JSON Schemas in k8s/schemas.
 */
final class SchemaChecks {

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class));
    private static final Map<String, String> JSON_SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cnpg-cluster.schema.json",
            "postgresql.cnpg.io/v1/ScheduledBackup", "cnpg-scheduledbackup.schema.json",
            "opensearch.org/v1/OpenSearchCluster", "opensearch-cluster.schema.json",
            "k8s.keycloak.org/v2alpha1/Keycloak", "keycloak.schema.json",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "keycloak-realm-import.schema.json");
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final int DEPTH = 40;

    private SchemaChecks() {
    }

    /** What is wrong with the object; empty when it fits its schema. */
    static List<String> problems(JsonNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        Class<?> model = MODELS.get(type);
        if (model != null) {
            return modelProblems(object, model);
        }
        String schema = JSON_SCHEMAS.get(type);
        if (schema != null) {
            return schema(schema).validate(object).stream().map(ValidationMessage::getMessage).toList();
        }
        return List.of("no schema for " + type + ": add its model or a JSON Schema in k8s/schemas");
    }

    private static List<String> modelProblems(JsonNode object, Class<?> model) {
        Object bound;
        try {
            bound = STRICT.treeToValue(object, model);
        } catch (IOException | IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        unknownFields(bound, "", problems, new IdentityHashMap<>(), 0);
        return problems;
    }

    /** Fields the model did not know end up in additionalProperties; each is a problem. */
    private static void unknownFields(Object value, String path, List<String> problems, Map<Object, Boolean> seen, int depth) {
        if (value == null || depth > DEPTH || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems, seen, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, problems, seen, depth + 1));
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8") && !pkg.startsWith("io.strimzi")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            Object property;
            try {
                property = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    problems.add("unknown field(s) " + unknown.keySet() + " at " + (path.isEmpty() ? "the top" : path));
                }
            } else {
                unknownFields(property, path + "." + propertyName(getter.getName()), problems, seen, depth + 1);
            }
        }
    }

    private static String propertyName(String getter) {
        String name = getter.startsWith("is") ? getter.substring(2) : getter.substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static Set<String> typesWithSchemas() {
        Set<String> types = new TreeSet<>(MODELS.keySet());
        types.addAll(JSON_SCHEMAS.keySet());
        return types;
    }

    private static JsonSchema schema(String file) {
        try (InputStream in = Files.newInputStream(Manifests.K8S.resolve("schemas").resolve(file))) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
