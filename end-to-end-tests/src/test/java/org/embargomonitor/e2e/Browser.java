package org.embargomonitor.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.embargomonitor.testing.DemoUser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromedriver) driven by Selenium, signed in as one demo user through
 * the real Keycloak login page. Screenshots go to target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("embargo.e2e.screenshots", "target/screenshots"));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A fresh browser (its own profile) that has logged in as the user through Keycloak's page. */
    static Browser signedInAs(DemoUser user) {
        return signedInAs(PackagedPlatform.gateway(), user);
    }

    /** The same, against the gateway at this address. */
    static Browser signedInAs(String gateway, DemoUser user) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1400", "--lang=en-GB");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        Browser browser = new Browser(new ChromeDriver(service, options), gateway);
        browser.driver.manage().timeouts().pageLoadTimeout(PATIENCE);
        browser.open("/");
        browser.until(d -> d.findElements(By.id("kc-login")).size() > 0);
        browser.driver.findElement(By.id("username")).sendKeys(user.username);
        browser.driver.findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
        browser.driver.findElement(By.id("kc-login")).click();
        browser.until(d -> d.getCurrentUrl().startsWith(gateway) && d.findElements(By.cssSelector("main h1")).size() > 0);
        return browser;
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    WebElement waitFor(By locator) {
        return until(d -> {
            List<WebElement> found = d.findElements(locator);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** Reloads the page every few seconds until the element appears: for what the platform does in the background. */
    WebElement reloadUntil(By locator) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                return new WebDriverWait(driver, Duration.ofSeconds(4)).until(d -> d.findElements(locator).stream().findFirst().orElse(null));
            } catch (TimeoutException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                driver.navigate().refresh();
            }
        }
    }

    void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** The serious and critical accessibility faults axe-core (WCAG 2.1 A and AA rules) finds on the page as it stands. */
    List<String> accessibilityFaults() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream().filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList())
                .toList();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    /** Fails when the page's Content-Security-Policy refused anything it tried: every page must run under it. */
    public void close() {
        try {
            List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy")).toList();
            if (!refused.isEmpty()) {
                throw new AssertionError("The Content-Security-Policy refused: " + refused);
            }
        } finally {
            driver.quit();
        }
    }
}
