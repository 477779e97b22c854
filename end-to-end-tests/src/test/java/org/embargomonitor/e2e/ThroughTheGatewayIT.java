package org.embargomonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.opentelemetry.proto.trace.v1.Span;

/** What one caller sees of the platform as a whole, through the gateway only. */
@ExtendWith(PackagedPlatform.class)
class ThroughTheGatewayIT {

    @Test
    void shouldRecordASeizureAndShowItToThePanelCoveringTheCountry() {
        String id = given().auth().oauth2(Tokens.accessToken(DemoUser.MISSION_OFFICER)).contentType("application/json")
                .body(RoleMatrixIT.Samples.seizure())
                .post(PackagedPlatform.gateway() + "/api/seizures")
                .then().statusCode(201).header("Location", startsWith(PackagedPlatform.gateway() + "/api/seizures/"))
                .extract().path("id");

        given().auth().oauth2(Tokens.accessToken(DemoUser.PANEL_EXPERT)).get(PackagedPlatform.gateway() + "/api/seizures")
                .then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(Tokens.accessToken(DemoUser.MONUSCO_OFFICER)).get(PackagedPlatform.gateway() + "/api/seizures/" + id)
                .then().statusCode(404);
    }

    @Test
    void shouldMakeARecordedSeizureSearchableThroughTheGateway() {
        String marker = "m" + java.util.UUID.randomUUID().toString().replace("-", "");
        String body = RoleMatrixIT.Samples.seizure().replace("community violence reduction programme", marker);
        String id = given().auth().oauth2(Tokens.accessToken(DemoUser.MISSION_OFFICER)).contentType("application/json")
                .body(body).post(PackagedPlatform.gateway() + "/api/seizures")
                .then().statusCode(201).extract().path("id");

        await("seizure " + id + " searchable").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> given().auth().oauth2(Tokens.accessToken(DemoUser.PANEL_EXPERT)).queryParam("q", marker)
                        .get(PackagedPlatform.gateway() + "/api/search").then().statusCode(200).extract().<Integer> path("total") > 0);
        given().auth().oauth2(Tokens.accessToken(DemoUser.PANEL_EXPERT)).queryParam("q", marker)
                .get(PackagedPlatform.gateway() + "/api/search").then().statusCode(200)
                .body("total", equalTo(1)).body("hits[0].id", equalTo(id));
    }

    @Test
    void shouldTurnASeizureFromAnArmedGroupInAnEmbargoedTerritoryIntoAFindingAPanelExpertConfirms() {
        String body = RoleMatrixIT.Samples.seizure().replace("\"circumstance\": \"SURRENDERED\",",
                "\"circumstance\": \"SEIZED\", \"possessor\": {\"kind\": \"ARMED_GROUP\", \"description\": \"3R fighters\"},"
                        + " \"items\": " + RoleMatrixIT.Samples.items() + ",");
        String id = given().auth().oauth2(Tokens.accessToken(DemoUser.MISSION_OFFICER)).contentType("application/json")
                .body(body).post(PackagedPlatform.gateway() + "/api/seizures")
                .then().statusCode(201).extract().path("id");

        List<String> findings = await("a finding of seizure " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> given().auth().oauth2(Tokens.accessToken(DemoUser.PANEL_EXPERT)).queryParam("seizureId", id)
                        .get(PackagedPlatform.gateway() + "/api/embargo/findings").then().statusCode(200).extract().<List<String>> path("id"),
                        found -> !found.isEmpty());
        given().auth().oauth2(Tokens.accessToken(DemoUser.PANEL_EXPERT)).queryParam("seizureId", id)
                .get(PackagedPlatform.gateway() + "/api/embargo/findings").then()
                .body("rule", equalTo(List.of("EMBARGOED_TERRITORY")))
                .body("[0].citation", equalTo("S/RES/2789 (2025)"));
        given().auth().oauth2(Tokens.accessToken(DemoUser.PANEL_EXPERT)).contentType("application/json")
                .body("{\"decision\": \"CONFIRM\", \"reason\": \"Inspected the cache; no exemption applies.\"}")
                .post(PackagedPlatform.gateway() + "/api/embargo/findings/" + findings.get(0) + "/decision")
                .then().statusCode(200).body("label", equalTo("confirmed violation"));
    }

    @Test
    void shouldFollowASeizureInOneTraceFromItsPostThroughItsFindingToTheSearchIndex() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String body = RoleMatrixIT.Samples.seizure().replace("\"circumstance\": \"SURRENDERED\",",
                "\"circumstance\": \"SEIZED\", \"possessor\": {\"kind\": \"ARMED_GROUP\", \"description\": \"3R fighters\"},"
                        + " \"items\": " + RoleMatrixIT.Samples.items() + ",");
        given().auth().oauth2(Tokens.accessToken(DemoUser.MISSION_OFFICER)).contentType("application/json")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(body).post(PackagedPlatform.gateway() + "/api/seizures").then().statusCode(201);

        await("the seizure's trace through every service").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    List<TraceCollector.CollectedSpan> trace = PackagedPlatform.traces().trace(traceId);
                    assertThat(trace).as("the gateway's and seizure-service's handling of the POST")
                            .anyMatch(span("gateway", Span.SpanKind.SPAN_KIND_SERVER, ""))
                            .anyMatch(span("seizure-service", Span.SpanKind.SPAN_KIND_SERVER, ""));
                    assertThat(trace).as("the seizure event published, and received by embargo-service and search-service")
                            .anyMatch(span("seizure-service", Span.SpanKind.SPAN_KIND_PRODUCER, "seizures-e2e"))
                            .anyMatch(span("embargo-service", Span.SpanKind.SPAN_KIND_CONSUMER, "seizures-e2e"))
                            .anyMatch(span("search-service", Span.SpanKind.SPAN_KIND_CONSUMER, "seizures-e2e"));
                    assertThat(trace).as("the finding it raised published, and received by search-service")
                            .anyMatch(span("embargo-service", Span.SpanKind.SPAN_KIND_PRODUCER, "findings-e2e"))
                            .anyMatch(span("search-service", Span.SpanKind.SPAN_KIND_CONSUMER, "findings-e2e"));
                });
    }

    /** A span of this service and kind whose name starts so (a Kafka span's name starts with its topic). */
    private static Predicate<TraceCollector.CollectedSpan> span(String service, Span.SpanKind kind, String namedFrom) {
        return span -> span.service().equals(service) && span.kind() == kind && span.name().startsWith(namedFrom);
    }

    @Test
    void shouldAnswerBadInputWithProblemDetailsThroughTheGateway() {
        given().auth().oauth2(Tokens.accessToken(DemoUser.MISSION_OFFICER)).contentType("application/json")
                .body("{\"reference\": ")
                .post(PackagedPlatform.gateway() + "/api/seizures")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void shouldRefuseExpiredAndForeignTokensAtTheGateway() {
        given().auth().oauth2(Tokens.expiredToken(DemoUser.ADMIN)).get(PackagedPlatform.gateway() + "/api/embargo/regimes")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.foreignIssuerToken(DemoUser.ADMIN)).get(PackagedPlatform.gateway() + "/api/embargo/regimes")
                .then().statusCode(401);
    }

    @Test
    void shouldResumeAnEvidenceUploadCutOffHalfwayFromTheLastByteTheServiceHolds() throws Exception {
        String token = Tokens.accessToken(DemoUser.MISSION_OFFICER);
        String seizure = given().auth().oauth2(token).contentType("application/json").body(RoleMatrixIT.Samples.seizure())
                .post(PackagedPlatform.gateway() + "/api/seizures").then().statusCode(201).extract().path("id");
        byte[] pdf = Files.readAllBytes(Path.of(System.getProperty("embargo.shared.dir", "../../shared"), "data", "documents",
                "t4t_ammunition_headstamp_annotation_guide_v0.2.pdf"));
        String upload = given().auth().oauth2(token).header("Tus-Resumable", "1.0.0").header("Upload-Length", pdf.length)
                .header("Upload-Metadata", "filename " + Base64.getEncoder().encodeToString("guide.pdf".getBytes(StandardCharsets.UTF_8)))
                .post(PackagedPlatform.gateway() + "/api/seizures/" + seizure + "/evidence/uploads")
                .then().statusCode(201).header("Location", startsWith(PackagedPlatform.gateway() + "/api/seizures/" + seizure))
                .extract().header("Location");
        int half = pdf.length / 2;

        URI gateway = URI.create(PackagedPlatform.gateway());
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH " + URI.create(upload).getPath() + " HTTP/1.1\r\nHost: " + gateway.getAuthority()
                    + "\r\nTus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Length: " + pdf.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(pdf, 0, half);
            out.flush();
            // the link drops once this much is sent: the sending side ends, and the other side's answer (or close) awaited
            socket.shutdownOutput();
            socket.setSoTimeout(20_000);
            socket.getInputStream().readAllBytes();
        }
        java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong(-1);
        long held = await("the bytes of the cut piece held, the offset settled").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> Long.parseLong(given().auth().oauth2(token).header("Tus-Resumable", "1.0.0").head(upload)
                        .then().statusCode(200).extract().header("Upload-Offset")), offset -> offset > 0 && last.getAndSet(offset) == offset);
        assertThat(held).as("the upload resumes, not restarts").isLessThanOrEqualTo(half);

        String content = given().auth().oauth2(token).header("Tus-Resumable", "1.0.0").header("Upload-Offset", held)
                .contentType("application/offset+octet-stream").body(Arrays.copyOfRange(pdf, (int) held, pdf.length)).patch(upload)
                .then().statusCode(204).header("Upload-Offset", String.valueOf(pdf.length)).extract().header("Evidence-Location");
        byte[] stored = given().auth().oauth2(Tokens.accessToken(DemoUser.PANEL_EXPERT)).get(content).then().statusCode(200).extract().asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    }
}
