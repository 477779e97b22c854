package org.embargomonitor.seizures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

    @Test
    void shouldDocumentEveryEndpointWithItsSecurity() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");

        assertThat(paths).containsKeys(
                "/api/seizures", "/api/seizures/{id}", "/api/seizures/{id}/items", "/api/seizures/{id}/items/{itemId}/status",
                "/api/seizures/{id}/custody", "/api/seizures/{id}/custody/verification",
                "/api/seizures/{seizureId}/evidence", "/api/seizures/{seizureId}/evidence/{evidenceId}/content",
                "/api/seizures/{seizureId}/items/{itemId}/tracing-requests", "/api/seizures/{seizureId}/tracing-requests",
                "/api/seizures/{seizureId}/tracing-requests/{tracingId}/reminders",
                "/api/seizures/{seizureId}/tracing-requests/{tracingId}/response",
                "/api/seizures/imports", "/api/seizures/imports/{id}", "/api/seizures/imports/{id}/errors",
                "/api/seizures/imports/{id}/errors.csv", "/api/seizures/reference/{kind}", "/api/seizures/jobs");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> assertThat(operation)
                .as(method + " " + path).containsKeys("summary", "security")));
    }
}
