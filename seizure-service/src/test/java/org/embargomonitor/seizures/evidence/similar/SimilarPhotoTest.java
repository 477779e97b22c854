package org.embargomonitor.seizures.evidence.similar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.record;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.seizures.evidence.similar.RealPhotos.croppedCentre;
import static org.embargomonitor.seizures.evidence.similar.RealPhotos.jpeg;
import static org.embargomonitor.seizures.evidence.similar.RealPhotos.resized;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.MONUSCO_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;

import java.awt.image.BufferedImage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Near-duplicate photos across seizures, from real photos of headstamps uploaded through the API. */
@QuarkusTest
class SimilarPhotoTest {

    private static final List<BufferedImage> PICTURES = RealPhotos.fromGuide();

    @Inject
    DataSource database;

    @Test
    void shouldShowEarlierPhotosOfTheSameObjectResizedRecompressedOrCroppedWithTheirDistanceWithinTheCallersScope() throws Exception {
        BufferedImage headstamp = PICTURES.get(1);
        String first = seizureWithPhoto(MISSION_OFFICER, "CAF", jpeg(headstamp, 0.9f), "headstamp.jpg");
        String resized = seizureWithPhoto(MISSION_OFFICER, "CAF", jpeg(resized(headstamp, 0.4), 0.5f), "IMG_2231.jpg");
        String cropped = seizureWithPhoto(MISSION_OFFICER, "CAF", jpeg(croppedCentre(headstamp, 0.08), 0.8f), "cropped.jpg");
        String other = seizureWithPhoto(MISSION_OFFICER, "CAF", jpeg(PICTURES.get(0), 0.9f), "other-headstamp.jpg");
        String inCongo = seizureWithPhoto(MONUSCO_OFFICER, "COD", jpeg(headstamp, 0.7f), "reused.jpg");

        List<Map<String, Object>> seen = as(PANEL_EXPERT).get("/api/seizures/" + first + "/evidence/similar").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(seen).extracting(s -> s.get("seizureId")).as("the resized and the cropped copies, not another headstamp nor a"
                + " seizure outside the panel's countries").containsExactlyInAnyOrder(resized, cropped);
        assertThat(seen).allSatisfy(s -> assertThat((Integer) s.get("distance")).isBetween(0, 12));
        assertThat(seen.get(0)).containsKeys("seizureReference", "similarEvidenceId", "fileName").containsEntry("countryCode", "CAF");

        assertThat(as(ADMIN).get("/api/seizures/" + first + "/evidence/similar").then().statusCode(200).extract().jsonPath()
                .<String> getList("seizureId")).contains(resized, cropped, inCongo).doesNotContain(other);
        as(COMMITTEE_MEMBER).get("/api/seizures/" + first + "/evidence/similar").then().statusCode(403);
        as(PANEL_EXPERT).get("/api/seizures/" + inCongo + "/evidence/similar").then().statusCode(404);
    }

    @Test
    void shouldFingerprintPhotosStoredBeforeFingerprintsWereTaken() throws Exception {
        BufferedImage headstamp = PICTURES.get(0);
        String first = seizureWithPhoto(MISSION_OFFICER, "CAF", jpeg(headstamp, 0.85f), "before.jpg");
        String second = seizureWithPhoto(MISSION_OFFICER, "CAF", jpeg(resized(headstamp, 0.6), 0.6f), "after.jpg");
        String sha256 = as(ADMIN).get("/api/seizures/" + first + "/evidence").then().extract().path("[0].sha256");
        try (Connection connection = database.getConnection();
                PreparedStatement forget = connection.prepareStatement("delete from photo_fingerprint where sha256 = ?")) {
            forget.setString(1, sha256);
            assertThat(forget.executeUpdate()).isEqualTo(1);
        }
        assertThat(as(ADMIN).get("/api/seizures/" + second + "/evidence/similar").then().extract().jsonPath().<String> getList("seizureId"))
                .doesNotContain(first);

        await("the earlier photo fingerprinted in the background").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> as(ADMIN).get("/api/seizures/" + second + "/evidence/similar").then().extract().jsonPath()
                        .<String> getList("seizureId").contains(first));
    }

    private static String seizureWithPhoto(DemoUser recorder, String country, byte[] photo, String name) {
        String seizure = record(recorder, seizureWithItems(newReference(), country));
        given().auth().oauth2(Tokens.accessToken(recorder)).multiPart("file", name, photo)
                .post("/api/seizures/" + seizure + "/evidence").then().statusCode(201);
        return seizure;
    }
}
