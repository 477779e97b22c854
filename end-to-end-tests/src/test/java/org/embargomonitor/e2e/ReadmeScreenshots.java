package org.embargomonitor.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.LocalServers;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Takes the README's screenshots from a platform started with {@code bin/embargo-monitor up} (demo data):
 * {@code ./mvnw -pl end-to-end-tests exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.embargomonitor.e2e.ReadmeScreenshots}.
 * Not a test: it writes docs/screenshots.
 */
public final class ReadmeScreenshots {

    private ReadmeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : LocalServers.gatewayUrl();
        Path docs = Path.of(System.getProperty("embargo.root", "..")).resolve("docs/screenshots");
        Files.createDirectories(docs);
        try (Browser committee = Browser.signedInAs(gateway, DemoUser.COMMITTEE_MEMBER)) {
            committee.open("/dashboard?regime=CAR&period=quarter");
            committee.waitFor(By.cssSelector("#fig-findingsConfirmed"));
            committee.waitFor(By.cssSelector("#chart-weapons canvas"));
            committee.until(d -> d.findElements(By.cssSelector(".leaflet-overlay-pane path")).size() > 1);
            committee.until(ReadmeScreenshots::fontsLoaded);
            committee.screenshot("dashboard");
        }
        try (Browser expert = Browser.signedInAs(gateway, DemoUser.PANEL_EXPERT)) {
            expert.open("/search?q=weapons%20%7C%20rifles");
            expert.waitFor(By.cssSelector(".hit h3 a"));
            expert.until(d -> d.findElements(By.cssSelector(".leaflet-overlay-pane path")).size() > 1);
            expert.until(ReadmeScreenshots::fontsLoaded);
            expert.screenshot("search");
        }
        for (String name : new String[] { "dashboard", "search" }) {
            Files.copy(Browser.SCREENSHOTS.resolve(name + ".png"), docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Charts are drawn without animation; what is left to settle before a screenshot is the text's fonts. */
    private static boolean fontsLoaded(WebDriver driver) {
        return "loaded".equals(((JavascriptExecutor) driver).executeScript("return document.fonts.status"));
    }
}
