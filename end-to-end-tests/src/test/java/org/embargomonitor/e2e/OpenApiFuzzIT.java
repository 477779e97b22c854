package org.embargomonitor.e2e;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.embargomonitor.e2e.fuzz.ApiOperation;
import org.embargomonitor.e2e.fuzz.BadInputs;
import org.embargomonitor.e2e.fuzz.BadRequest;
import org.embargomonitor.e2e.fuzz.StoredState;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.LocalServers;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the OpenAPI document of each service and sends every operation, through the gateway, requests with one
 * thing wrong (types, missing and null fields, huge and deeply nested values, NUL, lone surrogates, bad dates and
 * enums, out-of-range numbers, path tricks, oversized and bad multipart bodies, hostile XML) with the tokens of each
 * role. No answer may be a 5xx; a 4xx is problem+json naming the field and no class name; nothing stored changes.
 * {@code -Dfuzz.tries} sets the requests per operation, {@code -Dfuzz.seed} the seed.
 */
@ExtendWith(PackagedPlatform.class)
class OpenApiFuzzIT {

    private static final int TRIES = Integer.getInteger("fuzz.tries", 24);
    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    private static final Path MATRIX = Path.of(System.getProperty("embargo.root", "..")).resolve("docs/role-matrix.md");
    private static final Pattern LEAKED_CODE = Pattern.compile("\\b(java|javax|jakarta|io\\.vertx|io\\.quarkus|io\\.smallrye|com\\.fasterxml"
            + "|org\\.[a-z]+)\\.[a-zA-Z]|[A-Za-z]Exception\\b|\\b(OffsetDateTime|LocalDate|BigDecimal|Integer|Double)\\b|\\tat ");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-00000000f022";

    private static final Map<String, String> FIXTURES = new HashMap<>();
    private static List<RoleMatrix.Row> matrix;
    private static StoredState before;

    @BeforeAll
    static void recordWhatTheRequestsRefer() throws IOException {
        matrix = RoleMatrix.read(MATRIX);
        String admin = Tokens.accessToken(DemoUser.ADMIN);
        String gateway = PackagedPlatform.gateway();
        String seizure = given().auth().oauth2(admin).contentType("application/json").body(RoleMatrixIT.Samples.seizureFromArmedGroup())
                .post(gateway + "/api/seizures").then().statusCode(201).extract().path("id");
        FIXTURES.put("seizure", seizure);
        FIXTURES.put("item", given().auth().oauth2(admin).get(gateway + "/api/seizures/" + seizure).then().statusCode(200)
                .extract().path("items[0].id"));
        FIXTURES.put("evidence", given().auth().oauth2(admin).contentType("application/octet-stream").queryParam("fileName", "report.txt")
                .body("Patrol report of the fuzz test".getBytes(UTF_8)).post(gateway + "/api/seizures/" + seizure + "/evidence")
                .then().statusCode(201).extract().path("id"));
        FIXTURES.put("tracing", given().auth().oauth2(admin).contentType("application/json").body(RoleMatrixIT.Samples.bodyFor("/tracing-requests"))
                .post(gateway + "/api/seizures/" + seizure + "/items/" + FIXTURES.get("item") + "/tracing-requests")
                .then().statusCode(201).extract().path("id"));
        FIXTURES.put("benchmark", given().auth().oauth2(admin).get(gateway + "/api/embargo/regimes/CAR/benchmarks")
                .then().statusCode(200).extract().path("[0].id"));
        FIXTURES.put("finding", await("a finding of the fuzz seizure").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> given().auth().oauth2(admin).queryParam("seizureId", seizure).get(gateway + "/api/embargo/findings")
                        .then().statusCode(200).extract().<List<String>> path("id"), found -> !found.isEmpty()).get(0));
        before = settledState();
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseBadInputToEveryOperationWithoutStoringAnything() throws Exception {
        List<ApiOperation> operations = new ArrayList<>();
        for (String service : List.of("seizure-service", "embargo-service", "search-service", "gateway")) {
            operations.addAll(ApiOperation.of(PackagedPlatform.service(service)));
        }
        assertThat(operations).as("operations in the OpenAPI documents").hasSizeGreaterThan(50);
        // An operation with no parameter and no body has nothing a caller can get wrong; sending it would only do its work.
        Stream<DynamicTest> perOperation = operations.stream().filter(ApiOperation::hasInputs).map(operation -> DynamicTest.dynamicTest(
                operation + ": " + TRIES + " bad requests refused as problem details", () -> fuzz(operation)));
        Stream<DynamicTest> unchanged = Stream.of(DynamicTest.dynamicTest("nothing stored changed", () -> {
            assertThat(settledState().changesSince(before)).as("tables and indices changed by refused requests").isEmpty();
        }));
        return Stream.concat(perOperation, unchanged);
    }

    private static void fuzz(ApiOperation operation) throws Exception {
        BadInputs inputs = new BadInputs(operation, new Valid(), SEED ^ operation.toString().hashCode());
        SplittableRandom roles = new SplittableRandom(SEED ^ operation.toString().hashCode() ^ 0x5eed);
        List<String> defects = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            BadRequest request = inputs.next();
            DemoUser caller = callerFor(operation, roles);
            String defect;
            try {
                defect = defectOf(request, send(request, caller));
            } catch (IOException e) {
                defect = "no answer: " + e;
            }
            if (defect != null) {
                defects.add("try " + i + " as " + caller + ": " + request + " -> " + defect);
            }
        }
        assertThat(defects).as(operation + " (seed " + SEED + ")").isEmpty();
    }

    /** Mostly a role the matrix allows, so the request reaches its reading; sometimes any role. */
    private static DemoUser callerFor(ApiOperation operation, SplittableRandom random) {
        List<String> allowed = matrix.stream().filter(row -> row.method().equals(operation.method())
                && row.path().replaceAll("\\{[^}]+}", "{}").equals(operation.shape()))
                .flatMap(row -> row.allowed().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)).toList();
        List<String> pool = allowed.isEmpty() || random.nextInt(5) == 0 ? RoleMatrix.ROLES : allowed;
        return DemoUser.withRole(pool.get(random.nextInt(pool.size())));
    }

    private static HttpResponse<String> send(BadRequest request, DemoUser caller) throws IOException, InterruptedException {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(PackagedPlatform.gateway() + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + Tokens.accessToken(caller));
        request.headers().forEach(http::header);
        http.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        return HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What is wrong with the answer to a bad request, or null. */
    static String defectOf(BadRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            return status + " " + shortened(body);
        }
        if (status < 400) {
            return request.mustRefuse() ? "accepted with " + status + " " + shortened(body) : null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return status + " as " + (type.isEmpty() ? "no content type" : type) + ", not problem+json: " + shortened(body);
        }
        if (LEAKED_CODE.matcher(body).find()) {
            return status + " names code: " + shortened(body);
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            return status + " with a body that is not JSON: " + shortened(body);
        }
        if (problem.path("status").asInt() != status || problem.path("detail").asText().isBlank()) {
            return status + " with a problem that lacks its status or detail: " + shortened(body);
        }
        if (status == 400 && request.namesTarget() && !names(problem, request.target())) {
            return "400 not naming " + request.target() + ": " + shortened(body);
        }
        return null;
    }

    /** Whether a field error names the target, a field within it, or the same field of another list element. */
    private static boolean names(JsonNode problem, String target) {
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asText();
            if (target.equals("body") ? !field.isBlank()
                    : field.equals(target) || field.startsWith(target + ".") || field.startsWith(target + "[")
                            || leafOf(field).equals(leafOf(target))) {
                return true;
            }
        }
        return false;
    }

    private static String leafOf(String field) {
        String withoutIndices = field.replaceAll("\\[\\d+]", "");
        return withoutIndices.substring(withoutIndices.lastIndexOf('.') + 1);
    }

    private static String shortened(String body) {
        return body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }

    /** The stored state once nothing has changed for three seconds: what earlier tests set off has finished. */
    private static StoredState settledState() {
        AtomicReference<StoredState> last = new AtomicReference<>(storedState());
        await("the stored state to settle").atMost(Duration.ofMinutes(2)).pollDelay(Duration.ofSeconds(3)).pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    StoredState now = storedState();
                    return now.equals(last.getAndSet(now)) && now.folded();
                });
        return last.get();
    }

    private static StoredState storedState() {
        return StoredState.of(LocalServers.postgresJdbc(""), List.of("seizure_test", "embargo_test", "search_test"), "embargo",
                LocalServers.openSearchUrl(), PackagedPlatform.searchIndices());
    }

    /** The valid request each bad one starts from: the fixtures' ids and a body each operation accepts. */
    private static final class Valid implements BadInputs.ValidRequest {

        @Override
        public String pathValue(ApiOperation operation, String parameter) {
            String path = operation.path();
            return switch (parameter) {
                case "seizureId" -> FIXTURES.get("seizure");
                case "itemId" -> FIXTURES.get("item");
                case "evidenceId" -> FIXTURES.get("evidence");
                case "tracingId" -> FIXTURES.get("tracing");
                case "kind" -> "manufacturers";
                case "code" -> "CAR";
                case "reference" -> "CFi.001";
                case "id" -> path.startsWith("/api/seizures/imports") ? UNKNOWN_ID
                        : path.startsWith("/api/seizures/") ? FIXTURES.get("seizure")
                        : path.startsWith("/api/embargo/benchmarks/") ? FIXTURES.get("benchmark")
                        : path.startsWith("/api/embargo/findings/") ? FIXTURES.get("finding")
                        : path.startsWith("/api/search/") ? "unknown-" + UNKNOWN_ID : UNKNOWN_ID;
                default -> UNKNOWN_ID;
            };
        }

        @Override
        public BadInputs.Body body(ApiOperation operation) {
            String path = operation.path();
            if (operation.bodyTypes().isEmpty()) {
                return null;
            }
            if (operation.takesJson()) {
                String json = path.endsWith("/reminders") ? "{\"sentOn\": \"2026-05-01\"}"
                        : path.endsWith("/response") ? "{\"outcome\": \"NO_RESPONSE\"}"
                        : path.equals("/api/seizures/{id}/items") ? RoleMatrixIT.Samples.items()
                        : path.contains("/tracing-letters") ? RoleMatrixIT.Samples.tracingLetter(FIXTURES.get("item"))
                        : path.equals("/api/seizures/annexes") ? RoleMatrixIT.Samples.annex(FIXTURES.get("seizure"))
                        : RoleMatrixIT.Samples.bodyFor(path.replace("{kind}", "manufacturers"));
                return new BadInputs.Body("application/json", json.getBytes(UTF_8));
            }
            if (path.endsWith("/designated-parties/imports")) {
                return new BadInputs.Body("application/xml", RoleMatrixIT.Samples.consolidatedList().getBytes(UTF_8));
            }
            if (path.equals("/api/search/batches")) {
                return new BadInputs.Body("text/plain", "KT104523\n".getBytes(UTF_8));
            }
            if (path.endsWith("/imports")) {
                return new BadInputs.Body("text/csv", "reference,reporting_unit,occurred_at,country_code,circumstance\n".getBytes(UTF_8));
            }
            return new BadInputs.Body("application/octet-stream", ("Patrol report " + UUID.randomUUID()).getBytes(UTF_8));
        }
    }
}
