package dev.benchboard.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Debian's chromedriver (no browser downloads). */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path profile;

    Browser(int width, int height) throws IOException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!ci) Assumptions.assumeTrue(present, "Debian chromium/chromium-driver not installed (./benchboard test installs them)");
        else if (!present) throw new IllegalStateException("CI needs /usr/bin/chromium and /usr/bin/chromedriver");
        profile = Files.createTempDirectory("bb-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        // Browser console messages are kept, so tests can check that the Content-Security-Policy blocked nothing.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    void open(String url) {
        driver.get(url);
        // Vaadin has booted once its client has rendered the router outlet.
        waiting(60).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && document.readyState === 'complete'")));
    }

    /**
     * Signs in through the real login form (Vaadin's LoginForm posting to Spring Security) and waits
     * until the browser has left the login page. Opens {@code url} first: an anonymous visit to any
     * view lands on the form.
     */
    void signIn(String url, String username, String password) {
        submitLogin(url, username, password);
        waiting(60).until(d -> !d.getCurrentUrl().contains("/login"));
        waiting(60).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && document.readyState === 'complete'")));
    }

    /** Fills and submits the login form (found by its stable id and the fields' form names) without waiting. */
    void submitLogin(String url, String username, String password) {
        open(url);
        WebElement user = await(By.cssSelector("#login-form input[name='username']"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.cssSelector("#login-form input[name='password']"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.cssSelector("#login-form vaadin-button[slot='submit']")).click();
    }

    /** Console messages in which the browser reports a Content-Security-Policy violation. */
    List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    WebElement await(By by) {
        return waiting(60).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    void awaitText(String text) {
        waiting(60).until(d -> d.getPageSource().contains(text));
    }

    List<String> gridCells(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    void type(String fieldId, String text) {
        WebElement input = await(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
        input.clear();
        input.sendKeys(text);
    }

    void click(String id) {
        waiting(30).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    Path screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
