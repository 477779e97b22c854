package org.embargomonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.RequiredTool;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web pages in a real headless Chromium against the running platform: each role logs in through Keycloak's page;
 * mission staff record a seizure with a photo; a panel expert finds it, opens it and confirms its finding; the
 * committee's dashboard figure of confirmed violations goes up by one. Each page is checked by axe-core for serious
 * and critical WCAG 2.1 AA faults. Screenshots of each page: target/screenshots.
 */
@ExtendWith(PackagedPlatform.class)
class WebPagesIT {

    @Test
    void shouldTakeASeizureFromTheFieldFormToAConfirmedViolationOnTheCommitteesDashboard() throws Exception {
        RequiredTool.require(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser committee = Browser.signedInAs(DemoUser.COMMITTEE_MEMBER);
                Browser mission = Browser.signedInAs(DemoUser.MISSION_OFFICER);
                Browser expert = Browser.signedInAs(DemoUser.PANEL_EXPERT)) {
            long confirmedBefore = confirmedViolations(committee);
            committee.screenshot("1-dashboard-committee");
            assertThat(committee.accessibilityFaults()).as("dashboard").isEmpty();

            mission.open("/seizures/new");
            mission.waitFor(By.id("reference"));
            mission.type("reference", "WEB-" + marker);
            mission.type("reportingUnit", "JTF Bria");
            mission.type("countryCode", "CAF");
            mission.type("placeName", "Bria");
            mission.type("latitude", "6.5423");
            mission.type("longitude", "21.9862");
            new Select(mission.driver.findElement(By.id("locationType"))).selectByValue("INLAND");
            new Select(mission.driver.findElement(By.id("possessorKind"))).selectByValue("ARMED_GROUP");
            mission.type("possessorDescription", "3R fighters");
            mission.type("narrative", "Rifles seized from a 3R patrol near Bria " + marker);
            mission.type("item-make-0", "Kalashnikov pattern");
            mission.type("item-serial-0", "KT " + marker.substring(1, 7));
            new Select(mission.driver.findElement(By.id("item-marks-0"))).selectByValue("INTACT");
            mission.driver.findElement(By.id("photos")).sendKeys(photo().toString());
            mission.screenshot("2-seizure-form-mission-staff");
            assertThat(mission.accessibilityFaults()).as("seizure form").isEmpty();
            mission.driver.findElement(By.id("submit")).click();
            mission.until(d -> d.getCurrentUrl().contains("/records/"));
            mission.waitFor(By.cssSelector(".thumbs img"));
            assertThat(mission.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("WEB-" + marker);
            mission.screenshot("3-record-mission-staff");
            assertThat(mission.accessibilityFaults()).as("record page").isEmpty();

            expert.open("/search?q=" + marker);
            WebElement hit = expert.reloadUntil(By.cssSelector(".hit h3 a"));
            expert.until(d -> d.findElements(By.cssSelector(".leaflet-overlay-pane path")).size() > 1);
            expert.screenshot("4-search-panel-expert");
            assertThat(expert.accessibilityFaults()).as("search page").isEmpty();
            hit.click();
            WebElement confirm = expert.reloadUntil(By.cssSelector("button.confirm"));
            expert.waitFor(By.cssSelector(".thumbs img"));
            expert.screenshot("5-record-panel-expert");
            assertThat(expert.accessibilityFaults()).as("record page with findings").isEmpty();
            expert.driver.findElement(By.cssSelector(".finding textarea")).sendKeys("Inspected the rifles in Bria; no exemption applies.");
            confirm.click();
            expert.waitFor(By.cssSelector(".finding .status.CONFIRMED"));
            expert.screenshot("6-finding-confirmed");

            long confirmedAfter = committee.until(d -> {
                long now = confirmedViolations(committee);
                return now == confirmedBefore + 1 ? now : null;
            });
            assertThat(confirmedAfter).isEqualTo(confirmedBefore + 1);
            committee.waitFor(By.cssSelector("#benchmark-table"));
            committee.screenshot("7-dashboard-after-confirmation");
        }
    }

    @Test
    void shouldShowEachRoleOnlyTheMenuOfItsPagesInEnglishOrFrench() {
        RequiredTool.require(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        try (Browser admin = Browser.signedInAs(DemoUser.ADMIN); Browser committee = Browser.signedInAs(DemoUser.COMMITTEE_MEMBER)) {
            assertThat(admin.driver.findElements(By.cssSelector("#nav a"))).extracting(WebElement::getText)
                    .containsExactly("Record a seizure", "Imports", "Search", "Dashboards", "Tracing", "Annex", "Pipeline");
            admin.screenshot("0-home-admin");
            assertThat(admin.accessibilityFaults()).as("home page").isEmpty();
            admin.open("/pipeline");
            admin.until(d -> d.findElement(By.cssSelector("main tbody")).getText().contains("search · finding-events"));
            assertThat(admin.driver.findElement(By.cssSelector("main tbody")).getText()).contains("embargo · seizure-events");
            admin.screenshot("9-pipeline-admin");
            assertThat(admin.accessibilityFaults()).as("pipeline page").isEmpty();
            assertThat(committee.driver.findElements(By.cssSelector("#nav a"))).extracting(WebElement::getText).containsExactly("Dashboards");

            new Select(committee.driver.findElement(By.id("language"))).selectByValue("fr");
            committee.until(d -> d.findElement(By.cssSelector("#nav a")).getText().equals("Tableaux de bord"));
            assertThat(committee.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
            committee.open("/dashboard?regime=CAR");
            committee.waitFor(By.cssSelector("#fig-findingsConfirmed"));
            assertThat(committee.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Tableau de bord du régime");
            committee.screenshot("8-dashboard-french");
        }
    }

    @Test
    void shouldShowEachRolesPagesInArabicRightToLeftWithoutAnAccessibilityFault() {
        RequiredTool.require(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        String second = twoSeizuresOfLot("WEB-LOT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase())[1];
        String chain = await("the two seizures' supply chain").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(Tokens.accessToken(DemoUser.PANEL_EXPERT)).queryParam("seizureId", second)
                        .get(PackagedPlatform.gateway() + "/api/embargo/supply-chains").then().statusCode(200).extract().jsonPath()
                        .<String> getList("id"), ids -> !ids.isEmpty()).get(0);
        record Page(String path, String heading, String title, String ready) {
            Page(String path, String title, String ready) {
                this(path, "main h1", title, ready);
            }
        }
        Page form = new Page("/seizures/new", "تسجيل عملية ضبط", "#item-category-0");
        Page imports = new Page("/imports", "الاستيراد المجمّع", "#file");
        Page search = new Page("/search?q=rifles", "البحث في السجلات", "main [aria-live] h2, main [aria-live] p:not(.loading)");
        Page record = new Page("/records/" + second, "#items", "الأصناف", "#evidence");
        Page reviewedRecord = new Page("/records/" + second, "#items", "الأصناف", "a.chain-link");
        Page supplyChain = new Page("/supply-chains/" + chain, "سلسلة الإمداد", "#chain-countries canvas");
        Page dashboard = new Page("/dashboard?regime=CAR", "لوحة متابعة نظام الجزاءات", "#fig-findingsConfirmed");
        Page pipeline = new Page("/pipeline", "مسار الأحداث", "main tbody tr");
        Page tracing = new Page("/tracing", "طلبات التعقب", "#rates-table, #rates ~ div p");
        Map<DemoUser, List<Page>> pagesOfRoles = new LinkedHashMap<>();
        pagesOfRoles.put(DemoUser.MISSION_OFFICER, List.of(form, imports, search, record));
        pagesOfRoles.put(DemoUser.PANEL_EXPERT, List.of(search, reviewedRecord, supplyChain, tracing, dashboard));
        pagesOfRoles.put(DemoUser.COMMITTEE_MEMBER, List.of(dashboard));
        pagesOfRoles.put(DemoUser.ADMIN, List.of(pipeline));
        pagesOfRoles.forEach((user, pages) -> {
            try (Browser browser = Browser.signedInAs(user)) {
                new Select(browser.driver.findElement(By.id("language"))).selectByValue("ar");
                browser.until(d -> d.findElement(By.tagName("html")).getAttribute("dir").equals("rtl"));
                assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
                browser.until(d -> d.findElement(By.cssSelector("main h1")).getText().startsWith("مرحبًا، "));
                for (Page page : pages) {
                    browser.open(page.path());
                    browser.until(d -> d.findElements(By.cssSelector(page.heading())).stream().anyMatch(h -> h.getText().startsWith(page.title())));
                    browser.waitFor(By.cssSelector(page.ready()));
                    assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
                    browser.screenshot("ar-" + user.username + page.path().replaceAll("/[0-9a-f-]{36}", "").replaceAll("[^a-z]+", "-"));
                    assertThat(browser.accessibilityFaults()).as(page.path() + " in Arabic as " + user.username).isEmpty();
                }
            }
        });
    }

    @Test
    void shouldShowMissionStaffTheProgressOfTheirBulkImport() throws Exception {
        RequiredTool.require(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        String reference = "WEB-IMPORT-" + UUID.randomUUID().toString().substring(0, 8);
        Path sheet = Files.createTempFile("seizures", ".csv");
        Files.writeString(sheet, "reference,reporting_unit,occurred_at,country_code,circumstance,location_type,category,quantity,marking_state\n"
                + reference + ",JTF Bangui,2026-03-01,CAF,FOUND,INLAND,ASSAULT_RIFLE,2,INTACT\n"
                + reference + "-B,JTF Bangui,2026-03-02,CAF,BOUGHT,INLAND,ASSAULT_RIFLE,1,INTACT\n");
        try (Browser mission = Browser.signedInAs(DemoUser.MISSION_OFFICER)) {
            mission.open("/imports");
            mission.waitFor(By.id("file")).sendKeys(sheet.toString());
            mission.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            WebElement done = mission.reloadUntil(By.xpath("//td[normalize-space()='" + sheet.getFileName() + "']/following-sibling::td/span[.='DONE']"));
            assertThat(done.isDisplayed()).isTrue();
            WebElement row = done.findElement(By.xpath("./ancestor::tr"));
            assertThat(row.findElement(By.cssSelector("[role=progressbar]")).getAttribute("aria-valuenow")).isEqualTo("100");
            assertThat(row.findElements(By.tagName("td")).get(3).getText()).isEqualTo("1");
            mission.screenshot("9-imports-mission-staff");
            assertThat(mission.accessibilityFaults()).as("imports page").isEmpty();
        }
    }

    @Test
    void shouldTakeAPanelExpertFromAFindingToItsSupplyChain() {
        RequiredTool.require(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        String lot = "WEB-LOT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String[] seizures = twoSeizuresOfLot(lot);
        String first = seizures[0];
        String second = seizures[1];
        try (Browser expert = Browser.signedInAs(DemoUser.PANEL_EXPERT)) {
            expert.open("/records/" + second);
            expert.reloadUntil(By.cssSelector("a.chain-link")).click();
            expert.until(d -> d.findElements(By.cssSelector("#chain-members tbody tr")).size() == 2);
            expert.waitFor(By.cssSelector("#chain-countries canvas"));
            assertThat(expert.driver.findElement(By.cssSelector("main h1")).getText()).startsWith("Supply chain");
            assertThat(expert.driver.findElement(By.id("chain-members")).getText()).contains(lot, "CAF", "CAR");
            expert.driver.findElement(By.cssSelector("#chain-members a[href='/records/" + first + "']")).click();
            expert.until(d -> d.getCurrentUrl().endsWith("/records/" + first));
            expert.driver.navigate().back();
            expert.waitFor(By.cssSelector("#chain-countries canvas"));
            expert.screenshot("10-supply-chain-panel-expert");
            assertThat(expert.accessibilityFaults()).as("supply chain page").isEmpty();
        }
    }

    @Test
    void shouldLetAPanelExpertWriteSendAndChaseATracingLetterAndSeeHowStatesAnswer() throws Exception {
        RequiredTool.require(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        String seizure = record(RoleMatrixIT.Samples.seizureFromArmedGroup("[{\"category\": \"ASSAULT_RIFLE\", \"make\": \"Kalashnikov pattern\","
                + " \"model\": \"AKM\", \"serialNumber\": \"KT 4471\", \"quantity\": 1, \"markingState\": \"INTACT\"}]"));
        String admin = Tokens.accessToken(DemoUser.ADMIN);
        String item = given().auth().oauth2(admin).get(PackagedPlatform.gateway() + "/api/seizures/" + seizure).then().extract().path("items[0].id");
        given().auth().oauth2(admin).multiPart("file", "serial.jpg", Files.readAllBytes(photo())).multiPart("itemId", item)
                .multiPart("description", "Serial number").post(PackagedPlatform.gateway() + "/api/seizures/" + seizure + "/evidence").then().statusCode(201);
        String late = record(RoleMatrixIT.Samples.seizureFromArmedGroup("[{\"category\": \"PISTOL_REVOLVER\", \"quantity\": 1, \"markingState\": \"INTACT\"}]"));
        String lateItem = given().auth().oauth2(admin).get(PackagedPlatform.gateway() + "/api/seizures/" + late).then().extract().path("items[0].id");
        given().auth().oauth2(admin).contentType("application/json").body("{\"stateCode\": \"UKR\", \"sentOn\": \"" + java.time.LocalDate.now().minusDays(60) + "\"}")
                .post(PackagedPlatform.gateway() + "/api/seizures/" + late + "/items/" + lateItem + "/tracing-requests").then().statusCode(201);

        try (Browser expert = Browser.signedInAs(DemoUser.PANEL_EXPERT)) {
            expert.open("/records/" + seizure);
            expert.waitFor(By.id("letter-form"));
            expert.type("letter-state", "BGR");
            expert.type("letter-panel", "Panel of Experts on the Central African Republic");
            expert.type("letter-reference", "S/AC.55/2026/PE/OC.41");
            expert.type("letter-addressee", "Permanent Mission of Bulgaria to the United Nations");
            expert.driver.findElement(By.id("letter-preview")).click();
            assertThat(expert.waitFor(By.id("letter-draft")).getAttribute("download")).startsWith("tracing-request-").endsWith(".pdf");
            expert.driver.findElement(By.id("letter-send")).click();
            WebElement letter = expert.waitFor(By.cssSelector("#tracing-letters li a"));
            assertThat(letter.getText()).endsWith(".pdf");
            assertThat(expert.driver.findElement(By.id("tracing-requests")).getText()).contains("BGR");
            expert.screenshot("14-tracing-letter-panel-expert");
            assertThat(expert.accessibilityFaults()).as("record page with the letter form").isEmpty();

            expert.open("/tracing");
            WebElement overdueRow = expert.waitFor(By.xpath("//table[@id='overdue-table']//tr[.//a[@href='/records/" + late + "']]"));
            assertThat(overdueRow.getText()).contains("UKR");
            expert.waitFor(By.cssSelector("#rates-table"));
            expert.waitFor(By.cssSelector("#chart-tracing-rates canvas"));
            assertThat(expert.driver.findElement(By.id("rates-table")).getText()).contains("BGR", "UKR");
            expert.screenshot("15-tracing-panel-expert");
            assertThat(expert.accessibilityFaults()).as("tracing page").isEmpty();
            overdueRow.findElement(By.tagName("button")).click();
            await("the reminder recorded").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().auth().oauth2(admin).get(PackagedPlatform.gateway() + "/api/seizures/" + late + "/tracing-requests")
                            .then().extract().<List<String>> path("[0].reminders"), reminders -> reminders.size() == 1);
        }
    }

    @Test
    void shouldShowOnTheRecordPageThatAPhotoWasSentBeforeWithAnotherSeizure() throws Exception {
        RequiredTool.require(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        String admin = Tokens.accessToken(DemoUser.ADMIN);
        byte[] photo = Files.readAllBytes(photo());
        String first = record(RoleMatrixIT.Samples.seizure());
        String again = record(RoleMatrixIT.Samples.seizure());
        for (String seizure : List.of(first, again)) {
            given().auth().oauth2(admin).multiPart("file", "rifles-" + seizure.substring(0, 8) + ".jpg", photo)
                    .post(PackagedPlatform.gateway() + "/api/seizures/" + seizure + "/evidence").then().statusCode(201);
        }
        try (Browser expert = Browser.signedInAs(DemoUser.PANEL_EXPERT)) {
            expert.open("/records/" + again);
            WebElement similar = expert.waitFor(By.cssSelector("#similar-photos a[href='/records/" + first + "']"));
            assertThat(similar.findElement(By.xpath("./ancestor::li")).getText()).contains("distance 0");
            expert.waitFor(By.cssSelector("#similar-photos img"));
            expert.screenshot("16-similar-photos-panel-expert");
            assertThat(expert.accessibilityFaults()).as("record page with similar photos").isEmpty();
        }
    }

    @Test
    void shouldLetAPanelExpertChooseRecordsAndFindingsForAnAnnexAndWriteIt() {
        RequiredTool.require(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        String admin = Tokens.accessToken(DemoUser.ADMIN);
        List<String> seizures = List.of(record(RoleMatrixIT.Samples.seizureFromArmedGroup()), record(RoleMatrixIT.Samples.seizureFromArmedGroup()));
        for (String seizure : seizures) {
            await("a finding of seizure " + seizure).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .until(() -> given().auth().oauth2(admin).queryParam("seizureId", seizure).get(PackagedPlatform.gateway() + "/api/embargo/findings")
                            .then().extract().<List<String>> path("id"), found -> !found.isEmpty());
        }
        try (Browser expert = Browser.signedInAs(DemoUser.PANEL_EXPERT)) {
            for (String seizure : seizures) {
                expert.open("/records/" + seizure);
                expert.waitFor(By.id("annex-toggle")).click();
                expert.until(d -> d.findElement(By.id("annex-toggle")).getText().startsWith("In the annex"));
            }
            expert.open("/annexes");
            expert.until(d -> d.findElements(By.cssSelector("#annex-records input[name=findingIds]")).size() >= 2);
            assertThat(expert.driver.findElements(By.cssSelector("#annex-records li > a"))).extracting(a -> a.getAttribute("href"))
                    .containsExactly(PackagedPlatform.gateway() + "/records/" + seizures.get(0), PackagedPlatform.gateway() + "/records/" + seizures.get(1));
            expert.type("annex-heading", "Annex 7: Weapons surrendered by 3R fighters");
            expert.driver.findElements(By.cssSelector("#annex-records li")).get(1).findElement(By.cssSelector("input[name=findingIds]")).click();
            expert.screenshot("17-annex-panel-expert");
            assertThat(expert.accessibilityFaults()).as("annex page").isEmpty();
            expert.driver.findElement(By.id("annex-write")).click();
            WebElement download = expert.waitFor(By.id("annex-download"));
            assertThat(download.getAttribute("download")).isEqualTo("Annex-7-Weapons-surrendered-by-3R-fighters.pdf");
            assertThat(download.getAttribute("href")).as("the annex written, held by the page to be saved").startsWith("blob:");
            expert.screenshot("18-annex-written-panel-expert");
        }
    }

    @Test
    void shouldDrawWhereTheWeaponsCameFromOnTheDashboardAndTheRecordWithTheRecordsBehindEachLine() {
        RequiredTool.require(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        String admin = Tokens.accessToken(DemoUser.ADMIN);
        String seizure = record(RoleMatrixIT.Samples.seizureFromArmedGroup("[{\"category\": \"ASSAULT_RIFLE\", \"countryOfManufacture\": \"BGR\","
                + " \"quantity\": 12, \"markingState\": \"INTACT\"}, {\"category\": \"AMMUNITION\", \"quantity\": 3000, \"markingState\": \"INTACT\"}]"));
        String reference = given().auth().oauth2(admin).get(PackagedPlatform.gateway() + "/api/seizures/" + seizure).then().extract().path("reference");
        String rounds = given().auth().oauth2(admin).get(PackagedPlatform.gateway() + "/api/seizures/" + seizure).then().extract().path("items[1].id");
        String tracing = given().auth().oauth2(admin).contentType("application/json").body("{\"stateCode\": \"SRB\", \"sentOn\": \"2026-03-01\"}")
                .post(PackagedPlatform.gateway() + "/api/seizures/" + seizure + "/items/" + rounds + "/tracing-requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"outcome\": \"POINT_OF_DIVERSION_IDENTIFIED\", \"receivedOn\": \"2026-04-01\", \"diversionCountry\": \"SSD\"}")
                .post(PackagedPlatform.gateway() + "/api/seizures/" + seizure + "/tracing-requests/" + tracing + "/response").then().statusCode(200);
        try (Browser expert = Browser.signedInAs(DemoUser.PANEL_EXPERT)) {
            expert.open("/records/" + seizure);
            expert.until(d -> d.findElements(By.cssSelector(".leaflet-overlay-pane path.flow")).size() == 2);
            expert.open("/dashboard?regime=CAR&period=year");
            expert.until(d -> d.findElements(By.cssSelector("#flows-map path.DIVERSION")).size() >= 1);
            WebElement diverted = expert.waitFor(By.xpath("//div[@id='flows-table']//tr[td[2]='SSD' and td[3]='CAF']"));
            diverted.findElement(By.tagName("button")).click();
            assertThat(expert.waitFor(By.cssSelector("#flows-records")).getText()).contains(reference);
            ((org.openqa.selenium.JavascriptExecutor) expert.driver).executeScript("document.getElementById('flows').scrollIntoView()");
            expert.screenshot("19-flows-panel-expert");
            assertThat(expert.accessibilityFaults()).as("dashboard with flows").isEmpty();
        }
        try (Browser committee = Browser.signedInAs(DemoUser.COMMITTEE_MEMBER)) {
            committee.open("/dashboard?regime=CAR&period=year");
            committee.until(d -> d.findElements(By.cssSelector("#flows-map path.flow")).size() >= 1);
            assertThat(committee.driver.findElements(By.cssSelector("#flows-table button"))).as("committees see the lines, not the records").isEmpty();
        }
    }

    /** Two seizures of cartridges of this lot, which the platform links into a supply chain; answers their ids. */
    private static String[] twoSeizuresOfLot(String lot) {
        String items = "[{\"category\": \"AMMUNITION\", \"calibre\": \"7.62x39mm\", \"lotNumber\": \"" + lot
                + "\", \"quantity\": 240, \"markingState\": \"INTACT\"}]";
        return new String[] { record(RoleMatrixIT.Samples.seizureFromArmedGroup(items)), record(RoleMatrixIT.Samples.seizureFromArmedGroup(items)) };
    }

    /** Records a seizure through the gateway as an admin; answers its id. */
    private static String record(String seizure) {
        return given().auth().oauth2(Tokens.accessToken(DemoUser.ADMIN))
                .contentType("application/json").body(seizure).post(PackagedPlatform.gateway() + "/api/seizures")
                .then().statusCode(201).extract().path("id");
    }

    /** The dashboard's figure of confirmed violations for the CAR regime, freshly loaded. */
    private static long confirmedViolations(Browser committee) {
        committee.open("/dashboard?regime=CAR&period=year");
        WebElement figure = committee.waitFor(By.cssSelector("#fig-findingsConfirmed strong"));
        committee.waitFor(By.cssSelector("#chart-weapons canvas"));
        return Long.parseLong(figure.getText().replaceAll("[^0-9]", ""));
    }

    /** A photograph of the rifles, as a phone would take it. */
    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(96, 112, 80));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(40, 40, 40));
        for (int i = 0; i < 3; i++) {
            g.fillRect(60, 120 + i * 90, 520, 28);
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString("KT rifles, Bria", 40, 60);
        g.dispose();
        Path file = Files.createTempFile("seizure-photo", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
