package org.embargomonitor.seizures.tracing.letters;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.seizures.Fixtures.PROBLEM_JSON;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.jpegWithExif;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.record;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.MONUSCO_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Tracing-request letters written from real records with real photos, read back as a State would read them. */
@QuarkusTest
class TracingLetterTest {

    private static final String PANEL = "Panel of Experts on the Central African Republic established pursuant to resolution 2127 (2013)";

    @Test
    void shouldWriteADraftWithTheIdentifyingFactsTheInstrumentAsksForAndThePhotosOfTheMarksWhileStoringNothing() throws Exception {
        Seizure s = seizureWithPhotos();

        byte[] pdf = as(PANEL_EXPERT).body(letter(s.items(), "EN", "PDF")).post(s.letters() + "/draft")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(PANEL, "Permanent Mission of Bulgaria", "Government of Bulgaria", "Subject: request for assistance in tracing 2 item(s)",
                    "seized in Central African Republic on March 14, 2026", "Bria, Haute-Kotto", "Serial number: KT 1O4523",
                    "Make: Kalashnikov pattern", "Model: AKM", "Calibre: 7.62x39mm", "State of the markings: Partly obliterated",
                    "Lot number: LOT-0I5", "Headstamp: 10 71", "Country of manufacture: Bulgaria", "Year of manufacture: 1971",
                    "Photograph 1: Serial number", "Photograph 2: Box marking", "last known legal owner",
                    "by " + LocalDate.now(ZoneOffset.UTC).plusDays(28).format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH)));
            assertThat(imagesIn(document)).as("photos of the marks embedded").isEqualTo(2);
        }
        as(PANEL_EXPERT).get(s.letters()).then().statusCode(200).body("size()", equalTo(0));
        as(PANEL_EXPERT).get("/api/seizures/" + s.id() + "/tracing-requests").then().body("size()", equalTo(0));
    }

    @Test
    void shouldSendAFrenchWordLetterKeepItByteForByteAndOpenARequestPerItemOnceHoweverOftenItIsRetried() throws Exception {
        Seizure s = seizureWithPhotos();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = letter(s.items(), "FR", "DOCX");
        body.put("sentOn", "2026-04-01");

        Map<String, Object> sent = as(PANEL_EXPERT).header("Idempotency-Key", key).body(body).post(s.letters())
                .then().statusCode(201).header("Idempotent-Replayed", "false")
                .body("requests", hasSize(2)).body("requests.dueOn", equalTo(List.of("2026-04-29", "2026-04-29")))
                .body("requests.panel", equalTo(List.of("CAR", "CAR"))).body("requests.stateCode", equalTo(List.of("BGR", "BGR")))
                .extract().jsonPath().getMap("$");
        as(PANEL_EXPERT).header("Idempotency-Key", key).body(body).post(s.letters())
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(sent.get("id")));

        as(PANEL_EXPERT).get("/api/seizures/" + s.id() + "/tracing-requests").then().body("size()", equalTo(2))
                .body("letterId", equalTo(List.of(sent.get("id"), sent.get("id"))));
        as(PANEL_EXPERT).get("/api/seizures/" + s.id()).then().body("items.status", equalTo(List.of("TRACING_REQUESTED", "TRACING_REQUESTED")));
        byte[] docx = as(PANEL_EXPERT).get(s.letters() + "/" + sent.get("id") + "/content").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").extract().asByteArray();
        assertThat(sha256(docx)).isEqualTo(sent.get("sha256"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Objet : demande d'assistance pour le traçage de 2 article(s) saisi(s) en République centrafricaine",
                    "Gouvernement de l'État Bulgarie", "Numéro de série: KT 1O4523", "État des marquages: Partiellement effacé",
                    "au plus tard le 29 avril 2026", "Photographie 1 : Serial number");
            assertThat(document.getAllPictures()).as("photos of the marks embedded").hasSize(2);
        }
        as(PANEL_EXPERT).get("/api/seizures/" + s.id() + "/custody").then().body("action", hasItem("TRACING_LETTER_SENT"));
        as(PANEL_EXPERT).get("/api/seizures/" + s.id() + "/custody/verification").then().body("intact", equalTo(true));
    }

    @Test
    void shouldWithholdALetterWhoseBytesChangedOrWentMissingOnDisk() throws Exception {
        Seizure s = seizureWithPhotos();
        Map<String, Object> sent = as(PANEL_EXPERT).body(letter(s.items().subList(0, 1), "EN", "PDF")).post(s.letters())
                .then().statusCode(201).extract().jsonPath().getMap("$");
        String hash = (String) sent.get("sha256");
        Path stored = Path.of("target/evidence-store").resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
        String content = s.letters() + "/" + sent.get("id") + "/content";

        Files.writeString(stored, "tampered");
        as(PANEL_EXPERT).get(content).then().statusCode(500).contentType(PROBLEM_JSON).body("detail", containsString("no longer match"));
        Files.delete(stored);
        as(PANEL_EXPERT).get(content).then().statusCode(500).contentType(PROBLEM_JSON).body("detail", containsString("are missing"));
    }

    @Test
    void shouldGiveRequestsThePanelsOwnResponseTime() {
        String seizure = record(MONUSCO_OFFICER, seizureWithItems(newReference(), "COD"));
        List<String> items = as(ADMIN).get("/api/seizures/" + seizure).then().extract().path("items.id");
        Map<String, Object> body = letter(items.subList(0, 1), "EN", "PDF");
        body.put("sentOn", "2026-04-01");

        as(ADMIN).body(body).post("/api/seizures/" + seizure + "/tracing-letters").then().statusCode(201)
                .body("requests[0].panel", equalTo("DRC")).body("requests[0].dueOn", equalTo("2026-05-16"));
    }

    @Test
    void shouldRefuseALetterThatCannotBeWrittenNamingTheFieldAndStoreNothing() {
        Seizure s = seizureWithPhotos();
        String other = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String otherItem = as(PANEL_EXPERT).get("/api/seizures/" + other).then().extract().path("items[0].id");

        Map<String, Object> unknownState = letter(s.items(), "EN", "PDF");
        unknownState.put("stateCode", "XXX");
        as(PANEL_EXPERT).body(unknownState).post(s.letters()).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("stateCode"));
        as(PANEL_EXPERT).body(letter(List.of(), "EN", "PDF")).post(s.letters()).then().statusCode(400).body("errors.field", hasItem("itemIds"));
        as(PANEL_EXPERT).body(letter(List.of(s.items().get(0), s.items().get(0)), "EN", "PDF")).post(s.letters()).then().statusCode(400)
                .body("errors.field", hasItem("itemIds"));
        as(PANEL_EXPERT).body(letter(List.of(otherItem), "EN", "PDF")).post(s.letters()).then().statusCode(404).contentType(PROBLEM_JSON);
        Map<String, Object> noPanel = letter(s.items(), "EN", "PDF");
        noPanel.put("letterhead", Map.of("addressee", "Permanent Mission of Bulgaria to the United Nations"));
        as(PANEL_EXPERT).body(noPanel).post(s.letters()).then().statusCode(400).body("errors.field", hasItem("letterhead.panel"));
        Map<String, Object> klingon = letter(s.items(), "TLH", "PDF");
        as(PANEL_EXPERT).body(klingon).post(s.letters() + "/draft").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("language"));

        as(MISSION_OFFICER).body(letter(s.items(), "EN", "PDF")).post(s.letters()).then().statusCode(403);
        as(COMMITTEE_MEMBER).body(letter(s.items(), "EN", "PDF")).post(s.letters() + "/draft").then().statusCode(403);
        as(MISSION_OFFICER).get(s.letters()).then().statusCode(403);
        as(PANEL_EXPERT).get(s.letters()).then().statusCode(200).body("size()", equalTo(0));
        as(PANEL_EXPERT).get("/api/seizures/" + s.id() + "/tracing-requests").then().body("size()", equalTo(0));
    }

    /** A seizure of a rifle and rounds, with a JPEG of the rifle's serial number and a PNG of the rounds' box. */
    private static Seizure seizureWithPhotos() {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        List<String> items = as(PANEL_EXPERT).get("/api/seizures/" + id).then().extract().path("items.id");
        try {
            attach(id, items.get(0), "serial.jpg", jpegWithExif(null), "Serial number");
            attach(id, items.get(1), "box.png", png(), "Box marking");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new Seizure(id, items, "/api/seizures/" + id + "/tracing-letters");
    }

    private static void attach(String seizure, String item, String name, byte[] bytes, String description) {
        given().auth().oauth2(Tokens.accessToken(MISSION_OFFICER)).multiPart("file", name, bytes).multiPart("itemId", item)
                .multiPart("description", description).post("/api/seizures/" + seizure + "/evidence").then().statusCode(201);
    }

    private static Map<String, Object> letter(List<String> items, String language, String format) {
        return new HashMap<>(Map.of("stateCode", "BGR", "itemIds", items, "language", language, "format", format,
                "letterhead", Map.of("panel", PANEL, "reference", "S/AC.55/2026/PE/OC.41",
                        "addressee", "Permanent Mission of Bulgaria to the United Nations", "place", "New York",
                        "signatory", "Coordinator, Panel of Experts")));
    }

    private static int imagesIn(PDDocument document) throws Exception {
        int images = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(150, 120, 60));
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.BLACK);
        g.drawString("LOT-0I5", 20, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private record Seizure(String id, List<String> items, String letters) {
    }
}
