package org.embargomonitor.seizures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.seizures.Fixtures.PROBLEM_JSON;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Requests that do not mean exactly one thing are refused with 400 naming the field, and nothing is stored. */
@QuarkusTest
class StrictInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldRefuseAFieldGivenTwiceNamingIt() throws Exception {
        String reference = newReference();
        String body = json(reference).replaceFirst("\\{", "{\"narrative\": \"first\", ");

        refused(body, "narrative").body("detail", containsString("twice"));
        assertNotStored(reference);
    }

    @Test
    void shouldRefuseAnythingAfterTheJsonValue() throws Exception {
        String reference = newReference();

        refused(json(reference) + " {\"reference\": \"other\"}", "body");
        assertNotStored(reference);
    }

    @Test
    void shouldRefuseTheNumberOfAnEnumConstantNamingTheField() throws Exception {
        String reference = newReference();

        refused(json(reference).replace("\"SEIZED\"", "0"), "circumstance").body("detail", containsString("SEIZED"));
        assertNotStored(reference);
    }

    @Test
    void shouldRefuseAFractionWhereAWholeNumberIsAsked() throws Exception {
        String reference = newReference();

        refused(json(reference).replaceFirst("\"quantity\":1([,}])", "\"quantity\":1.5$1"), "items[0].quantity")
                .body("errors.message", hasItem("must be a whole number"));
        assertNotStored(reference);
    }

    @Test
    void shouldRefuseANulCharacterInTextNamingTheField() throws Exception {
        String reference = newReference();

        refused(json(reference).replace("Patrol found", "Patrol\\u0000found"), "narrative")
                .body("errors.message", hasItem(containsString("U+0000")));
        assertNotStored(reference);
    }

    @Test
    void shouldRefuseALoneSurrogateNamingTheField() throws Exception {
        String reference = newReference();

        refused(json(reference).replace("\"Bria\"", "\"Bria\\ud800\""), "placeName");
        assertNotStored(reference);
    }

    @Test
    void shouldRefuseADateTimeWhereADateIsAsked() throws Exception {
        String seizure = as(MISSION_OFFICER).body(seizureWithItems(newReference(), "CAF")).post("/api/seizures")
                .then().statusCode(201).extract().path("id");
        String item = as(MISSION_OFFICER).get("/api/seizures/" + seizure).then().extract().path("items[0].id");

        as(ADMIN).body("{\"stateCode\": \"BGR\", \"sentOn\": \"2026-03-14T09:30:00Z\"}")
                .post("/api/seizures/" + seizure + "/items/" + item + "/tracing-requests")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("sentOn"))
                .body("errors.message", hasItem("must be a date, such as 2026-03-14"));
    }

    @Test
    void shouldRefuseANulInAQueryParameterNamingIt() {
        String seizure = as(MISSION_OFFICER).body(seizureWithItems(newReference(), "CAF")).post("/api/seizures")
                .then().statusCode(201).extract().path("id");

        as(MISSION_OFFICER).contentType("application/octet-stream").body("notes".getBytes()).urlEncodingEnabled(false)
                .post("/api/seizures/" + seizure + "/evidence?fileName=notes%00.txt")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("fileName"));
        as(MISSION_OFFICER).get("/api/seizures/" + seizure + "/evidence").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldRefuseANumberOrABooleanWhereTextIsAsked() throws Exception {
        String reference = newReference();

        refused(json(reference).replace("\"Bria\"", "12"), "placeName").body("errors.message", hasItem("must be text"));
        refused(json(reference).replace("\"Bria\"", "true"), "placeName");
        assertNotStored(reference);
    }

    @Test
    void shouldNameTheFieldHoldingNaNOrInfinity() throws Exception {
        String reference = newReference();

        refused(json(reference).replaceFirst("\"latitude\":[-0-9.]+", "\"latitude\":NaN"), "latitude");
        refused(json(reference).replaceFirst("\"quantity\":1([,}])", "\"quantity\":-Infinity$1"), "items[0].quantity");
        assertNotStored(reference);
    }

    @Test
    void shouldRefuseQueryTextThatIsNotUtf8NamingIt() {
        String seizure = as(MISSION_OFFICER).body(seizureWithItems(newReference(), "CAF")).post("/api/seizures")
                .then().statusCode(201).extract().path("id");

        as(MISSION_OFFICER).contentType("application/octet-stream").body("notes".getBytes()).urlEncodingEnabled(false)
                .post("/api/seizures/" + seizure + "/evidence?description=a%ED%A0%80b")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("description"))
                .body("errors.message", hasItem(containsString("UTF-8")));
        as(MISSION_OFFICER).get("/api/seizures/" + seizure + "/evidence").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldRefuseAFileNameThatHidesItsExtensionOrNamesFolders() {
        String seizure = as(MISSION_OFFICER).body(seizureWithItems(newReference(), "CAF")).post("/api/seizures")
                .then().statusCode(201).extract().path("id");

        for (String name : List.of("photo%E2%80%AEgpj.exe", "..%2F..%2Fetc%2Fpasswd", "n".repeat(301))) {
            as(MISSION_OFFICER).contentType("application/octet-stream").body("notes".getBytes()).urlEncodingEnabled(false)
                    .post("/api/seizures/" + seizure + "/evidence?fileName=" + name)
                    .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("fileName"));
        }
        as(MISSION_OFFICER).contentType("text/csv").body("reference\n".getBytes()).urlEncodingEnabled(false)
                .post("/api/seizures/imports?fileName=" + "n".repeat(3000))
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("fileName"));
        as(MISSION_OFFICER).get("/api/seizures/" + seizure + "/evidence").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldRefuseAWrongQueryParameterWith400NamingIt() {
        as(MISSION_OFFICER).get("/api/seizures?size=abc").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("size"));
        as(MISSION_OFFICER).get("/api/seizures/reference/manufacturers?limit=1e3").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void shouldExplainAnAddressWithNothingAtIt() {
        as(MISSION_OFFICER).get("/api/seizures/not-a-uuid").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", not(containsString("HTTP 404")));
    }

    private static ValidatableResponse refused(String body, String field) {
        return as(MISSION_OFFICER).body(body).post("/api/seizures").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(field))
                .body(not(containsString("java."))).body(not(containsString("Exception")));
    }

    private static void assertNotStored(String reference) {
        List<String> references = as(ADMIN).get("/api/seizures?size=500").then().statusCode(200).extract().jsonPath().getList("reference");
        assertThat(references).doesNotContain(reference);
    }

    /** A valid seizure of one rifle, as compact JSON. */
    private static String json(String reference) throws JsonProcessingException {
        Map<String, Object> body = seizureWithItems(reference, "CAF");
        body.put("items", List.of(Fixtures.rifle("SN-" + reference)));
        return JSON.writeValueAsString(body);
    }
}
