package org.embargomonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.RequiredTool;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Mission staff at a checkpoint with no connection (issue 17), in a real headless Chromium: the capture page keeps two
 * seizures with their photos on the device while offline, still holds them after the page is closed and opened again
 * with no connection (the service worker answers it), and sends them when the link returns; the one the platform
 * refuses stays with its problem, is fixed in the form and sent again with its photo. Each is stored once,
 * searchable, its photo byte for byte. A session that ends keeps what waits until the user signs in again.
 */
@ExtendWith(PackagedPlatform.class)
class OfflineCaptureIT {

    /** How long the link stays cut in the middle of an upload. */
    private static final Duration OUTAGE = Duration.ofSeconds(3);

    @Test
    void shouldKeepTwoSeizuresRecordedOfflineAcrossAReopenedPageAndStoreEachOnceWithItsPhotoWhenTheLinkReturns() throws Exception {
        RequiredTool.require(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        String marker = "off" + UUID.randomUUID().toString().substring(0, 8);
        Path[] photos = { photo(new Color(120, 60, 40)), photo(new Color(40, 90, 120)) };
        try (Browser mission = Browser.signedInAs(DemoUser.MISSION_OFFICER)) {
            mission.open("/seizures/new");
            mission.waitFor(By.id("reference"));
            mission.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return !!navigator.serviceWorker.controller"));
            mission.open("/seizures/new"); // the page as the service worker keeps it
            mission.waitFor(By.id("reference"));

            offline(mission, true);
            for (int i = 0; i < 2; i++) {
                record(mission, marker + "-" + i, photos[i], i == 0 ? null : "INTACT");
                int waiting = i + 1;
                mission.until(d -> d.findElements(By.cssSelector("#outbox li[data-state=waiting]")).size() == waiting);
            }
            ((JavascriptExecutor) mission.driver).executeScript("window.scrollTo(0, 0)");
            mission.screenshot("10-offline-queue");
            assertThat(mission.accessibilityFaults()).as("capture page with its queue").isEmpty();

            mission.driver.navigate().refresh();
            mission.until(d -> d.findElements(By.cssSelector("#outbox li[data-state=waiting]")).size() == 2);
            List<String> kept = List.of("WEB-" + marker + "-0", "WEB-" + marker + "-1");
            mission.until(d -> {
                try {
                    return d.findElements(By.cssSelector("#outbox li strong")).stream().map(WebElement::getText).toList().equals(kept);
                } catch (StaleElementReferenceException redrawn) {
                    return false;
                }
            });

            offline(mission, false);
            mission.until(d -> d.findElements(By.cssSelector("#outbox li[data-state=sent]")).size() == 1
                    && d.findElements(By.cssSelector("#outbox li[data-state=refused]")).size() == 1);
            assertThat(mission.driver.findElement(By.cssSelector("#outbox li[data-state=refused] [role=alert]")).getText())
                    .contains("items[0].markingState");
            mission.screenshot("11-queue-one-refused");

            mission.driver.findElement(By.cssSelector("#outbox li[data-state=refused] button")).click();
            assertThat(mission.driver.findElement(By.id("reference")).getAttribute("value")).isEqualTo("WEB-" + marker + "-0");
            new Select(mission.driver.findElement(By.id("item-marks-0"))).selectByValue("OBLITERATED");
            mission.driver.findElement(By.id("submit")).click();
            mission.until(d -> d.getCurrentUrl().contains("/records/"));
            mission.waitFor(By.cssSelector(".thumbs img"));
        }

        String token = Tokens.accessToken(DemoUser.PANEL_EXPERT);
        for (int i = 0; i < 2; i++) {
            List<Map<String, Object>> stored = given().auth().oauth2(token).queryParam("reference", "WEB-" + marker + "-" + i)
                    .get(PackagedPlatform.gateway() + "/api/seizures").then().statusCode(200).extract().jsonPath().getList("$");
            assertThat(stored).as("seizure " + i + " stored once").hasSize(1);
            List<Map<String, Object>> evidence = given().auth().oauth2(token)
                    .get(PackagedPlatform.gateway() + "/api/seizures/" + stored.get(0).get("id") + "/evidence")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            assertThat(evidence).extracting(e -> e.get("sha256")).as("photo of seizure " + i).containsExactly(sha256(photos[i]));
            if (i == 1) {
                String item = given().auth().oauth2(token).get(PackagedPlatform.gateway() + "/api/seizures/" + stored.get(0).get("id"))
                        .then().statusCode(200).extract().path("items[0].id");
                assertThat(evidence.get(0)).as("what the photo shows").containsEntry("itemId", item).containsEntry("description", "Serial number");
            }
        }
        await("both seizures searchable").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(token).queryParam("q", marker).get(PackagedPlatform.gateway() + "/api/search")
                        .then().statusCode(200).extract().<Integer> path("total") == 2);
    }

    @Test
    void shouldKeepWhatWaitsWhenTheSessionEndsAndSendItOnceWhenTheUserSignsInAgain() throws Exception {
        RequiredTool.require(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        String marker = "lapse" + UUID.randomUUID().toString().substring(0, 8);
        Path photo = photo(new Color(70, 110, 60));
        String seizureId;
        try (Browser mission = Browser.signedInAs(DemoUser.MISSION_OFFICER)) {
            mission.open("/seizures/new");
            mission.waitFor(By.id("reference"));
            mission.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return !!navigator.serviceWorker.controller"));
            // the session ends at the platform and at Keycloak, as after its longest lifespan
            mission.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());

            record(mission, marker, photo, "INTACT");
            WebElement signIn = mission.waitFor(By.cssSelector("#outbox li[data-state=waiting] .sign-in a"));
            assertThat(mission.driver.getCurrentUrl()).as("the page stays, the seizure kept in its queue").endsWith("/seizures/new");
            ((JavascriptExecutor) mission.driver).executeScript("window.scrollTo(0, 0)");
            mission.screenshot("13-queue-session-ended");
            assertThat(mission.accessibilityFaults()).as("capture page, session ended").isEmpty();

            signIn.click();
            mission.until(d -> d.findElements(By.id("kc-login")).size() > 0);
            mission.driver.findElement(By.id("username")).sendKeys(DemoUser.MISSION_OFFICER.username);
            mission.driver.findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
            mission.driver.findElement(By.id("kc-login")).click();
            WebElement sent = mission.waitFor(By.cssSelector("#outbox li[data-state=sent] a"));
            assertThat(mission.driver.findElement(By.cssSelector("#outbox li[data-state=sent] strong")).getText()).isEqualTo("WEB-" + marker);
            seizureId = sent.getAttribute("href").replaceAll(".*/records/", "");
        }
        String token = Tokens.accessToken(DemoUser.PANEL_EXPERT);
        assertThat(given().auth().oauth2(token).queryParam("reference", "WEB-" + marker).get(PackagedPlatform.gateway() + "/api/seizures")
                .then().statusCode(200).extract().jsonPath().getList("id")).as("stored once").containsExactly(seizureId);
        List<Map<String, Object>> evidence = given().auth().oauth2(token).get(PackagedPlatform.gateway() + "/api/seizures/" + seizureId + "/evidence")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(evidence).extracting(e -> e.get("sha256")).containsExactly(sha256(photo));
    }

    @Test
    void shouldResumeATwentyMegabytePhotoCutOffHalfwayInsteadOfSendingItAgainFromTheStart() throws Exception {
        ChromiumNetworkConditions fast = new ChromiumNetworkConditions();
        fast.setUploadThroughput(2_000_000);
        fast.setDownloadThroughput(2_000_000);
        cutHalfwayAndResume(noise(2_600, 2_600), fast, "20mb");
    }

    @Test
    void shouldResumeAPhotoCutOffHalfwayOverASlowThirdGenerationMobileLink() throws Exception {
        ChromiumNetworkConditions slow3g = new ChromiumNetworkConditions(); // DevTools' "Slow 3G"
        slow3g.setLatency(Duration.ofMillis(400));
        slow3g.setDownloadThroughput(50_000);
        slow3g.setUploadThroughput(50_000);
        cutHalfwayAndResume(noise(640, 640), slow3g, "slow-3g");
    }

    /**
     * Records a seizure with a photo over a throttled link, cuts the link when half of the photo is sent, brings it back,
     * and watches the upload go on from where the platform's bytes end: its progress never falls back towards zero, and
     * the stored photo is the file byte for byte.
     */
    private static void cutHalfwayAndResume(Path photo, ChromiumNetworkConditions link, String name) throws Exception {
        RequiredTool.require(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        String reference = "cut" + UUID.randomUUID().toString().substring(0, 8);
        String seizureId;
        try (Browser mission = Browser.signedInAs(DemoUser.MISSION_OFFICER)) {
            mission.open("/seizures/new");
            mission.waitFor(By.id("reference"));
            mission.driver.setNetworkConditions(link);
            record(mission, reference, photo, "INTACT");
            By bar = By.cssSelector("#outbox li[data-state=sending] [role=progressbar]");
            int atCut = await("half of the photo sent").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> progressOf(mission, bar, 0), percent -> percent >= 50);
            offline(mission, true);
            await("the link down for " + OUTAGE.toSeconds() + " s").pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(1)).until(() -> true);
            mission.driver.setNetworkConditions(link);
            ((JavascriptExecutor) mission.driver).executeScript("window.dispatchEvent(new Event('online'))");
            mission.screenshot("12-upload-resumed-" + name);
            AtomicInteger lowestSeen = new AtomicInteger(100);
            await("the upload finished after the link's return").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        lowestSeen.accumulateAndGet(progressOf(mission, bar, 100), Math::min);
                        return !mission.driver.findElements(By.cssSelector("#outbox li[data-state=sent]")).isEmpty()
                                || mission.driver.getCurrentUrl().contains("/records/");
                    });
            int lowest = lowestSeen.get();
            mission.driver.deleteNetworkConditions();
            assertThat(lowest).as("the lowest progress after the link returned (it was " + atCut + "% when cut)")
                    .isGreaterThanOrEqualTo(atCut / 2);
            // the page opens the record when its first try sent it; after a cut, the queue links to it
            String record = mission.until(d -> d.getCurrentUrl().contains("/records/") ? d.getCurrentUrl()
                    : d.findElements(By.cssSelector("#outbox li[data-state=sent] a")).stream().map(a -> a.getAttribute("href")).findFirst().orElse(null));
            seizureId = record.replaceAll(".*/records/", "");
        }
        List<Map<String, Object>> evidence = given().auth().oauth2(Tokens.accessToken(DemoUser.PANEL_EXPERT))
                .get(PackagedPlatform.gateway() + "/api/seizures/" + seizureId + "/evidence").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(evidence).extracting(e -> e.get("sha256")).containsExactly(sha256(photo));
    }

    /** The progress the page shows of the photo being sent, or {@code otherwise} while no upload is under way. */
    private static int progressOf(Browser browser, By bar, int otherwise) {
        try {
            List<WebElement> bars = browser.driver.findElements(bar);
            int percent = bars.isEmpty() ? otherwise : Integer.parseInt(bars.get(0).getAttribute("aria-valuenow"));
            return percent;
        } catch (StaleElementReferenceException redrawn) {
            return otherwise;
        }
    }

    /** A PNG of random pixels: it does not compress, so its size is about three bytes a pixel. */
    private static Path noise(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.SplittableRandom random = new java.util.SplittableRandom(width);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Path file = Files.createTempFile("noise", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** Fills the form and records; {@code marks} left out, the platform refuses it (each item says how its marks are). */
    private static void record(Browser mission, String reference, Path photo, String marks) {
        mission.type("reference", "WEB-" + reference);
        mission.type("reportingUnit", "JTF Bria");
        mission.type("countryCode", "CAF");
        mission.type("placeName", "Bria");
        new Select(mission.driver.findElement(By.id("circumstance"))).selectByValue("FOUND");
        mission.type("narrative", "Cache found at a checkpoint with no connection, " + reference);
        mission.type("item-make-0", "Kalashnikov pattern");
        if (marks != null) {
            new Select(mission.driver.findElement(By.id("item-marks-0"))).selectByValue(marks);
        }
        mission.driver.findElement(By.id("photos")).sendKeys(photo.toString());
        mission.waitFor(By.cssSelector("#photo-list img.thumb"));
        if (marks != null) { // this photo shows the first item's serial number
            new Select(mission.driver.findElement(By.id("photo-item-0"))).selectByValue("0");
            new Select(mission.driver.findElement(By.id("photo-shows-0"))).selectByValue("serial");
        }
        mission.driver.findElement(By.id("submit")).click();
    }

    private static void offline(Browser browser, boolean offline) {
        if (offline) {
            ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
            conditions.setOffline(true);
            browser.driver.setNetworkConditions(conditions);
        } else {
            browser.driver.deleteNetworkConditions();
        }
        // the page learns of it as it would from the device
        ((JavascriptExecutor) browser.driver).executeScript("window.dispatchEvent(new Event(arguments[0]))", offline ? "offline" : "online");
    }

    private static Path photo(Color colour) throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.WHITE);
        g.drawString("Serial KT " + UUID.randomUUID(), 20, 120);
        g.dispose();
        Path file = Files.createTempFile("offline-photo", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
