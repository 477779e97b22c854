package org.embargomonitor.seizures.evidence.resumable;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.seizures.Fixtures.PROBLEM_JSON;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.record;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.embargomonitor.seizures.Fixtures;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Evidence sent in pieces over a link that drops (tus 1.0), as a field client sends it. */
@QuarkusTest
class ResumableUploadTest {

    private static final Path PDF = Path.of(System.getProperty("embargo.shared.dir", "../../shared"), "data", "documents",
            "t4t_ammunition_headstamp_annotation_guide_v0.2.pdf");
    private static final Path UPLOADS = Path.of("target/evidence-store/uploads");

    @Inject
    ResumableUploads uploads;

    @Inject
    ResumableUploadService service;

    @Test
    void shouldResumeAnUploadCutOffHalfwayFromTheLastByteHeldAndStoreTheWholeFileOnce() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] pdf = Files.readAllBytes(PDF);
        String upload = create(seizure, pdf.length, "filename " + base64("headstamp guide.pdf"))
                .then().statusCode(201).header("Tus-Resumable", "1.0.0").header("Upload-Expires", notNullValue())
                .extract().header("Location");
        int half = pdf.length / 2;

        sendAndHangUp(upload, 0, pdf.length, Arrays.copyOf(pdf, half));
        // the sender hangs up at once: what the server had read by then is kept (with a link that simply goes quiet, all of it)
        long held = settledOffset(upload);
        assertThat(held).as("the bytes that arrived are kept").isPositive().isLessThanOrEqualTo(half);

        Response last = patch(upload, held, Arrays.copyOfRange(pdf, (int) held, pdf.length));
        last.then().statusCode(204).header("Upload-Offset", String.valueOf(pdf.length)).header("Tus-Resumable", "1.0.0");
        String content = last.header("Evidence-Location");
        assertThat(content).contains("/api/seizures/" + seizure + "/evidence/").endsWith("/content");
        byte[] stored = as(MISSION_OFFICER).get(content).then().statusCode(200).extract().asByteArray();
        assertThat(sha256(stored)).isEqualTo(sha256(pdf));
        List<Map<String, Object>> evidence = evidenceOf(seizure);
        assertThat(evidence).hasSize(1);
        assertThat(evidence.get(0)).containsEntry("sha256", sha256(pdf)).containsEntry("mediaType", "application/pdf")
                .containsEntry("fileName", "headstamp guide.pdf");
        head(upload).then().statusCode(200).header("Upload-Offset", String.valueOf(pdf.length))
                .header("Evidence-Location", content).header("Cache-Control", "no-store");
        as(PANEL_EXPERT).get("/api/seizures/" + seizure + "/custody").then().body("action", org.hamcrest.Matchers.hasItem("EVIDENCE_ADDED"));
    }

    @Test
    void shouldRefuseAPieceSentFromAnotherOffsetThanTheOneHeldAndKeepWhatIsHeld() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] pdf = Files.readAllBytes(PDF);
        String upload = create(seizure, pdf.length, null).then().statusCode(201).extract().header("Location");
        patch(upload, 0, Arrays.copyOf(pdf, 1000)).then().statusCode(204).header("Upload-Offset", "1000");

        patch(upload, 0, Arrays.copyOf(pdf, 1000)).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("Upload-Offset"));
        patch(upload, 2000, Arrays.copyOf(pdf, 1000)).then().statusCode(409);
        head(upload).then().statusCode(200).header("Upload-Offset", "1000").header("Upload-Length", String.valueOf(pdf.length));
    }

    @Test
    void shouldDiscardAPieceThatDoesNotMatchItsChecksumAndKeepOneThatDoes() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] pdf = Files.readAllBytes(PDF);
        String upload = create(seizure, pdf.length, null).then().statusCode(201).extract().header("Location");
        byte[] first = Arrays.copyOf(pdf, 4096);
        byte[] damaged = first.clone();
        damaged[100] ^= 1;

        tus(MISSION_OFFICER).header("Upload-Offset", 0).header("Upload-Checksum", "sha256 " + base64Digest(first))
                .contentType("application/offset+octet-stream").body(damaged).patch(upload)
                .then().statusCode(460).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("Upload-Checksum"));
        head(upload).then().header("Upload-Offset", "0");

        tus(MISSION_OFFICER).header("Upload-Offset", 0).header("Upload-Checksum", "sha256 " + base64Digest(first))
                .contentType("application/offset+octet-stream").body(first).patch(upload)
                .then().statusCode(204).header("Upload-Offset", "4096");
        tus(MISSION_OFFICER).header("Upload-Offset", 4096).header("Upload-Checksum", "md5 " + base64Digest(first))
                .contentType("application/offset+octet-stream").body(first).patch(upload)
                .then().statusCode(400).body("errors[0].field", equalTo("Upload-Checksum"));
        head(upload).then().header("Upload-Offset", "4096");
    }

    @Test
    void shouldReadThePhotosExifAndTakeTheItemAndWhatItShowsFromTheUploadsMetadata() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String item = as(MISSION_OFFICER).get("/api/seizures/" + seizure).then().extract().path("items[0].id");
        byte[] photo = Fixtures.jpegWithExif(null);
        String upload = create(seizure, photo.length, "filename " + base64("serial.jpg") + ",itemId " + base64(item)
                + ",description " + base64("Serial number on the receiver") + ",filetype " + base64("image/jpeg"))
                .then().statusCode(201).extract().header("Location");

        patch(upload, 0, Arrays.copyOf(photo, 500)).then().statusCode(204);
        patch(upload, 500, Arrays.copyOfRange(photo, 500, photo.length)).then().statusCode(204).header("Evidence-Location", notNullValue());

        Map<String, Object> stored = evidenceOf(seizure).get(0);
        assertThat(stored).containsEntry("itemId", item).containsEntry("description", "Serial number on the receiver")
                .containsEntry("mediaType", "image/jpeg").containsEntry("camera", "Canon EOS 2000D").containsEntry("sha256", sha256(photo));
        assertThat((String) stored.get("takenAt")).startsWith("2026-03-14T09:30");
    }

    @Test
    void shouldRefuseACompleteFileThatIsNotAPhotoOrDocumentAndKeepNothingOfIt() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 }, 0, elf, 0, 8);
        String upload = create(seizure, elf.length, "filename " + base64("markings.jpg")).then().statusCode(201).extract().header("Location");

        patch(upload, 0, elf).then().statusCode(415).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("file"));

        head(upload).then().statusCode(404);
        assertThat(evidenceOf(seizure)).isEmpty();
        assertThat(UPLOADS.resolve(idOf(upload))).doesNotExist();
    }

    @Test
    void shouldRefuseCreationsWithoutALengthTooLargeOrWithMalformedMetadataOrAnotherProtocolVersionAndStoreNothing() {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String uploads = "/api/seizures/" + seizure + "/evidence/uploads";

        tus(MISSION_OFFICER).post(uploads).then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("Upload-Length"));
        tus(MISSION_OFFICER).header("Upload-Length", "-5").post(uploads).then().statusCode(400).body("errors[0].field", equalTo("Upload-Length"));
        tus(MISSION_OFFICER).header("Upload-Length", 2_000_000).post(uploads).then().statusCode(413).body("errors[0].field", equalTo("Upload-Length"));
        tus(MISSION_OFFICER).header("Upload-Length", 10).header("Upload-Metadata", "filename not*base64").post(uploads)
                .then().statusCode(400).body("errors[0].field", equalTo("Upload-Metadata"));
        tus(MISSION_OFFICER).header("Upload-Length", 10).header("Upload-Metadata", "itemId " + base64("item 7")).post(uploads)
                .then().statusCode(400).body("errors[0].field", equalTo("Upload-Metadata"));
        tus(MISSION_OFFICER).header("Upload-Length", 10).header("Upload-Metadata", "itemId " + base64(UUID.randomUUID().toString())).post(uploads)
                .then().statusCode(400).body("errors[0].field", equalTo("itemId"));
        tus(MISSION_OFFICER).header("Upload-Length", 10).header("Upload-Metadata", "filename " + base64("../../etc/passwd\u0000")).post(uploads)
                .then().statusCode(400).body("errors[0].field", equalTo("Upload-Metadata"));
        given().auth().oauth2(Tokens.accessToken(MISSION_OFFICER)).header("Upload-Length", 10).post(uploads)
                .then().statusCode(412).header("Tus-Version", "1.0.0").contentType(PROBLEM_JSON).body("errors[0].field", equalTo("Tus-Resumable"));
        tus(MISSION_OFFICER).header("Upload-Length", 10).post("/api/seizures/" + UUID.randomUUID() + "/evidence/uploads").then().statusCode(404);
    }

    @Test
    void shouldFindTheSameUploadAgainWhenItsCreationIsRetriedWithTheSameKey() {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String key = UUID.randomUUID().toString();

        Response first = create(seizure, 100, null, key);
        Response retry = create(seizure, 100, null, key);

        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", first.header("Location"));
        create(seizure, 101, null, key).then().statusCode(409).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void shouldLetOnlyTheUploadsSenderSeeSendOrEndItAndRefuseRolesThatDoNotRecordSeizures() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String upload = create(seizure, 100, null).then().statusCode(201).extract().header("Location");

        tus(PANEL_EXPERT).header("Upload-Length", 10).post("/api/seizures/" + seizure + "/evidence/uploads").then().statusCode(403);
        tus(PANEL_EXPERT).head(upload).then().statusCode(403);
        tus(ADMIN).head(upload).then().statusCode(404);
        tus(ADMIN).header("Upload-Offset", 0).contentType("application/offset+octet-stream").body(new byte[10]).patch(upload)
                .then().statusCode(404);
        tus(ADMIN).delete(upload).then().statusCode(404);
        given().header("Tus-Resumable", "1.0.0").head(upload).then().statusCode(401);

        tus(MISSION_OFFICER).delete(upload).then().statusCode(204);
        head(upload).then().statusCode(404);
        assertThat(UPLOADS.resolve(idOf(upload))).doesNotExist();
    }

    @Test
    void shouldRefuseAPieceOfAnotherTypeThanAnOffsetStreamOrLongerThanTheUploadAndKeepNothingOfIt() throws Exception {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String upload = create(seizure, 100, null).then().statusCode(201).extract().header("Location");

        tus(MISSION_OFFICER).header("Upload-Offset", 0).contentType("application/octet-stream").body(new byte[10]).patch(upload)
                .then().statusCode(415).body("errors[0].field", equalTo("Content-Type"));
        patch(upload, 0, new byte[101]).then().statusCode(413).contentType(PROBLEM_JSON);
        tus(MISSION_OFFICER).header("Upload-Offset", "ten").contentType("application/offset+octet-stream").body(new byte[10]).patch(upload)
                .then().statusCode(400).body("errors[0].field", equalTo("Upload-Offset"));
        head(upload).then().header("Upload-Offset", "0");
    }

    @Test
    void shouldAnswerGoneOnceAnUploadExpiredAndDeleteItWithItsBytes() throws Throwable {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String upload = create(seizure, 100, null).then().statusCode(201).extract().header("Location");
        patch(upload, 0, new byte[40]).then().statusCode(204);
        assertThat(UPLOADS.resolve(idOf(upload))).hasSize(40);

        UUID id = UUID.fromString(idOf(upload));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> uploads.extend(id, OffsetDateTime.now().minusMinutes(1))));
        head(upload).then().statusCode(410).contentType(PROBLEM_JSON);
        patch(upload, 40, new byte[10]).then().statusCode(410);

        service.deleteExpired();

        head(upload).then().statusCode(404);
        assertThat(UPLOADS.resolve(idOf(upload))).doesNotExist();
    }

    private static Response create(String seizure, long length, String metadata) {
        return create(seizure, length, metadata, null);
    }

    private static Response create(String seizure, long length, String metadata, String key) {
        RequestSpecification request = tus(MISSION_OFFICER).header("Upload-Length", length);
        if (metadata != null) {
            request.header("Upload-Metadata", metadata);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/seizures/" + seizure + "/evidence/uploads");
    }

    private static Response patch(String upload, long offset, byte[] piece) {
        return tus(MISSION_OFFICER).header("Upload-Offset", offset).contentType("application/offset+octet-stream").body(piece).patch(upload);
    }

    private static Response head(String upload) {
        return tus(MISSION_OFFICER).head(upload);
    }

    private static RequestSpecification tus(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).header("Tus-Resumable", "1.0.0").log().ifValidationFails();
    }

    /** A PATCH that announces the whole rest of the file, sends {@code piece} and loses its link. */
    private static void sendAndHangUp(String upload, long offset, long length, byte[] piece) throws Exception {
        String path = upload.substring(upload.indexOf("/api/"));
        String head = "PATCH " + path + " HTTP/1.1\r\nHost: localhost\r\nTus-Resumable: 1.0.0\r\n"
                + "Content-Type: application/offset+octet-stream\r\nUpload-Offset: " + offset + "\r\n"
                + "Authorization: Bearer " + Tokens.accessToken(MISSION_OFFICER) + "\r\nContent-Length: " + (length - offset) + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(piece);
            out.flush();
            // the link drops once this much is sent: the sending side ends, and the other side's answer (or close) awaited
            socket.shutdownOutput();
            socket.setSoTimeout(20_000);
            socket.getInputStream().readAllBytes();
        }
    }

    /** The upload's offset once it stops moving: the piece cut off has been taken in as far as it arrived. */
    private static long settledOffset(String upload) {
        java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong(-1);
        return await("the offset settled").atMost(Duration.ofSeconds(20)).pollDelay(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(300))
                .until(() -> Long.parseLong(head(upload).then().statusCode(200).extract().header("Upload-Offset")),
                        offset -> offset > 0 && last.getAndSet(offset) == offset);
    }

    private static List<Map<String, Object>> evidenceOf(String seizure) {
        return as(MISSION_OFFICER).get("/api/seizures/" + seizure + "/evidence").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static String idOf(String upload) {
        return upload.substring(upload.lastIndexOf('/') + 1);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64Digest(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
