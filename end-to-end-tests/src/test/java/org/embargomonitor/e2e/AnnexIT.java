package org.embargomonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.specification.RequestSpecification;

/**
 * Annexes for a panel's report, through the gateway against the whole platform: seizure-service writes them from its
 * records, photos and tracing, with the findings embargo-service raised, asked with the expert's own token. Each
 * annex is read back as its reader would: its text, contents, bookmarks and images.
 */
@ExtendWith(PackagedPlatform.class)
class AnnexIT {

    private static final String ARABIC_ACCOUNT = "سُلّمت البنادق في بانغي خلال برنامج الحد من العنف";
    private static final String FRENCH_PLACE = "Bangassou, Haut-Mbomou — près du fleuve";

    @Test
    void shouldWriteANumberedAnnexWithContentsPhotosChosenFindingsAndTracingThatReadsBackInPdfAndWord() throws Exception {
        Record first = recordWithFinding(ARABIC_ACCOUNT);
        Record second = recordWithFinding("Rifles surrendered near the border.");
        attachPhoto(first.id(), "serial.jpg");
        attachPhoto(first.id(), "headstamp.jpg");
        String item = admin().get(PackagedPlatform.gateway() + "/api/seizures/" + first.id()).then().extract().path("items[0].id");
        String tracing = admin().contentType("application/json").body("{\"stateCode\": \"BGR\", \"sentOn\": \"2026-04-01\"}")
                .post(PackagedPlatform.gateway() + "/api/seizures/" + first.id() + "/items/" + item + "/tracing-requests").then().statusCode(201)
                .extract().path("id");
        admin().contentType("application/json").body("{\"outcome\": \"ORIGIN_ESTABLISHED\", \"receivedOn\": \"2026-05-04\", "
                + "\"summary\": \"Exported in 1998 to the armed forces of a neighbouring State\", \"lastLegalOwner\": \"Ministry of Defence\"}")
                .post(PackagedPlatform.gateway() + "/api/seizures/" + first.id() + "/tracing-requests/" + tracing + "/response").then().statusCode(200);
        String title = "Annex " + UUID.randomUUID().toString().substring(0, 4) + ": Weapons seized from 3R fighters";
        Map<String, Object> annex = Map.of("title", title, "language", "EN", "format", "PDF", "seizureIds", List.of(first.id(), second.id()),
                "findingIds", List.of(first.finding()));

        byte[] pdf = expert().contentType("application/json").body(annex).post(PackagedPlatform.gateway() + "/api/seizures/annexes")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String flat = text.replaceAll("\\s+", " ");
            Map<String, Object> finding = admin().get(PackagedPlatform.gateway() + "/api/embargo/findings/" + first.finding()).then().extract().as(Map.class);
            assertThat(flat).contains(title, "Contents", "1. " + first.reference(), "2. " + second.reference(), "Photograph 1.1", "Photograph 1.2",
                    (String) finding.get("citation"), "Request to Bulgaria", "Outcome: ORIGIN_ESTABLISHED", "Last legal owner: Ministry of Defence",
                    "None recorded.");
            // PDF text extraction returns the vowel marks of right-to-left runs before their letters: the letters and their order
            assertThat(text.replaceAll("[\\u064B-\\u0652]", "")).as("the Arabic account reads back in its own order")
                    .contains(ARABIC_ACCOUNT.replaceAll("[\\u064B-\\u0652]", ""));
            assertThat(flat).as("only the chosen finding").contains(((String) finding.get("explanation")).replaceAll("\\s+", " ").substring(0, 40));
            assertThat(imagesIn(document)).as("photos embedded").isEqualTo(2);
            List<String> bookmarks = new ArrayList<>();
            List<Integer> bookmarkPages = new ArrayList<>();
            for (PDOutlineItem bookmark : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(bookmark.getTitle());
                bookmarkPages.add(document.getPages().indexOf(bookmark.findDestinationPage(document)) + 1);
            }
            assertThat(bookmarks).hasSize(2).allSatisfy(b -> assertThat(b).matches("[12]\\. E2E-.*"));
            assertThat(flat).as("the contents give each section's page").contains(bookmarks.get(0) + " · " + bookmarkPages.get(0),
                    bookmarks.get(1) + " · " + bookmarkPages.get(1));
        }

        Map<String, Object> inFrench = Map.of("title", title, "language", "FR", "format", "DOCX", "seizureIds", List.of(first.id(), second.id()));
        byte[] docx = expert().contentType("application/json").body(inFrench).post(PackagedPlatform.gateway() + "/api/seizures/annexes")
                .then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor words = new XWPFWordExtractor(document)) {
            assertThat(words.getText()).contains("Table des matières", "Constats", "Photographie 1.1", "Dernier propriétaire légal: Ministry of Defence",
                    ARABIC_ACCOUNT, FRENCH_PLACE);
            assertThat(document.getAllPictures()).hasSize(2);
        }
    }

    @Test
    void shouldRefuseAnAnnexOfRecordsOrFindingsTheCallerMayNotHaveNamingTheField() {
        Record record = recordWithFinding("Rifles seized at a checkpoint.");
        Record other = recordWithFinding("Rounds found in a cache.");
        String url = PackagedPlatform.gateway() + "/api/seizures/annexes";
        Map<String, Object> annex = Map.of("title", "Annex", "language", "EN", "seizureIds", List.of(record.id()));

        expert().contentType("application/json").body(Map.of("title", "Annex", "language", "EN", "seizureIds", List.of(record.id()),
                "findingIds", List.of(other.finding()))).post(url).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("findingIds"));
        expert().contentType("application/json").body(Map.of("title", "Annex", "language", "EN", "seizureIds", List.of())).post(url)
                .then().statusCode(400).body("errors.field", hasItem("seizureIds"));
        expert().contentType("application/json").body(Map.of("title", "Annex", "language", "XX", "seizureIds", List.of(record.id()))).post(url)
                .then().statusCode(400).body("errors.field", hasItem("language"));
        expert().contentType("application/json").body(Map.of("title", "Annex", "language", "EN", "seizureIds", List.of(UUID.randomUUID())))
                .post(url).then().statusCode(404).contentType("application/problem+json");
        for (DemoUser refused : List.of(DemoUser.MISSION_OFFICER, DemoUser.COMMITTEE_MEMBER)) {
            given().auth().oauth2(Tokens.accessToken(refused)).contentType("application/json").body(annex).post(url).then().statusCode(403);
        }
    }

    private record Record(String id, String reference, String finding) {
    }

    /** A seizure from an armed group in the Central African Republic, with the finding embargo-service raised about it. */
    private static Record recordWithFinding(String account) {
        String reference = "E2E-ANNEX-" + UUID.randomUUID().toString().substring(0, 8);
        String seizure = RoleMatrixIT.Samples.seizureFromArmedGroup("[{\"category\": \"ASSAULT_RIFLE\", \"make\": \"Kalashnikov pattern\", "
                + "\"model\": \"AKM\", \"serialNumber\": \"KT 1O4523\", \"quantity\": 1, \"markingState\": \"PARTLY_OBLITERATED\"}]")
                .replaceFirst("\"reference\": \"E2E-[^\"]+\"", "\"reference\": \"" + reference + "\"")
                .replace("Rifles handed in during a community violence reduction programme.", account)
                .replace("\"placeName\": \"Bangui\"", "\"placeName\": \"" + FRENCH_PLACE + "\"");
        String id = admin().contentType("application/json").body(seizure).post(PackagedPlatform.gateway() + "/api/seizures")
                .then().statusCode(201).extract().path("id");
        List<String> findings = await("a finding of seizure " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> admin().queryParam("seizureId", id).get(PackagedPlatform.gateway() + "/api/embargo/findings").then().statusCode(200)
                        .extract().<List<String>> path("id"), found -> !found.isEmpty());
        return new Record(id, reference, findings.get(0));
    }

    /** Attaches a photo of its own (each a different picture) to the seizure. */
    private static void attachPhoto(String seizure, String name) throws Exception {
        BufferedImage image = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(name.hashCode() & 0xFFFFFF));
        g.fillRect(0, 0, 480, 360);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        g.drawString(name, 40, 180);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        byte[] photo = out.toByteArray();
        admin().multiPart("file", name, photo).multiPart("description", "Markings: " + name)
                .post(PackagedPlatform.gateway() + "/api/seizures/" + seizure + "/evidence").then().statusCode(201);
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

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.accessToken(DemoUser.ADMIN));
    }

    private static RequestSpecification expert() {
        return given().auth().oauth2(Tokens.accessToken(DemoUser.PANEL_EXPERT));
    }
}
