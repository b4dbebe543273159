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
        this(width, height, null);
    }

    /**
     * A browser whose reader prefers {@code acceptLanguages} (e.g. {@code "zh-CN,zh"}), or the machine's default
     * when null. Headless Chromium takes the language a page and the server see from the profile's
     * {@code intl.accept_languages} preference: {@code --lang} alone changes neither {@code Accept-Language}
     * nor {@code navigator.languages} there (checked: both stayed {@code en-US,en}); it is passed as well for
     * the browser's own texts.
     */
    Browser(int width, int height, String acceptLanguages) throws IOException {
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
        if (acceptLanguages != null) {
            options.addArguments("--lang=" + acceptLanguages.split(",")[0]);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguages));
        }
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
        // Vaadin has booted once its client has rendered the router outlet; a static page (the shared report,
        // <html data-bb-static>) once it has loaded.
        waiting(60).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return document.readyState === 'complete' && (" + STATIC_PAGE + " || !!window.Vaadin && !!window.Vaadin.Flow)")));
    }

    /** A page served as static HTML, without Vaadin's client (the shared report). */
    static final String STATIC_PAGE = "document.documentElement.hasAttribute('data-bb-static')";

    /**
     * Signs in through the real login form (Vaadin's LoginForm posting to Spring Security) and waits
     * until the browser has left the login page. Opens {@code url} first: an anonymous visit to any
     * view lands on the form.
     */
    void signIn(String url, String username, String password) {
        submitLogin(url, username, password);
        try {
            waiting(30).until(d -> !d.getCurrentUrl().contains("/login"));
        } catch (org.openqa.selenium.TimeoutException stuck) {
            // Seen once in 20+ runs on a loaded machine (DecisionBrowserIT, the app's first login): the
            // form stayed. Say what the page showed, keep a screenshot, and try once more; a login that is
            // really broken still fails below.
            System.err.println("signIn: still on the login page after 30 s at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("body")).getText().replace('\n', ' '));
            try {
                screenshot("login-stuck");
            } catch (IOException e) {
                System.err.println("signIn: no screenshot: " + e);
            }
            submitLogin(url, username, password);
        }
        waiting(60).withMessage(() -> "to leave the login page, still at " + driver.getCurrentUrl() + ": "
                        + driver.findElement(By.tagName("body")).getText())
                .until(d -> !d.getCurrentUrl().contains("/login"));
        waiting(60).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && document.readyState === 'complete'")));
    }

    /** Fills and submits the login form (found by its stable id and the fields' form names) without waiting. */
    void submitLogin(String url, String username, String password) {
        open(url);
        type(By.cssSelector("#login-form input[name='username']"), username);
        type(By.cssSelector("#login-form input[name='password']"), password);
        clickInView(waiting(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#login-form vaadin-button[slot='submit']"))));
    }

    /**
     * "Share" on an evaluation's overview, "Create link": returns the absolute link the dialog shows (once),
     * leaving the dialog open.
     */
    String createShareLink(String evaluationUrl) {
        open(evaluationUrl);
        click("share-button");
        click("create-share-link");
        waiting(30).until(d -> String.valueOf(driver.executeScript(
                "const f = document.getElementById('share-url'); return f && f.value")).startsWith("http"));
        return (String) driver.executeScript("return document.getElementById('share-url').value");
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

    /**
     * The element once it shows the text: right after navigation an element can be in the DOM while the
     * browser does not show its text yet (getText() was "" once in a fresh CI run).
     */
    WebElement awaitText(By by, String text) {
        return waiting(60).withMessage(() -> by + " to show '" + text + "'")
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    WebElement e = d.findElement(by);
                    return e.getText().contains(text) ? e : null;
                });
    }

    void awaitText(String text) {
        waiting(60).until(d -> d.getPageSource().contains(text));
    }

    List<String> gridCells(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * Replaces a text field's value, then checks the field holds it. Waits until the field takes keys
     * (see {@link #whenInteractable}).
     */
    void type(String fieldId, String text) {
        type(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"), text);
    }

    void type(By field, String text) {
        whenInteractable(field, input -> {
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getDomProperty("value"));
        });
    }

    /** Sends keys to an input once it takes them (see {@link #whenInteractable}). */
    void sendKeys(By field, CharSequence... keys) {
        whenInteractable(field, input -> {
            input.sendKeys(keys);
            return true;
        });
    }

    /**
     * Acts on an input once it is shown and enabled, scrolled to the middle of the viewport, and again
     * while the page re-renders it: under load a field found a moment after navigation may still be
     * hidden, disabled or replaced (a fresh-clone CI run failed with "element not interactable" on clear).
     */
    private void whenInteractable(By field, java.util.function.Predicate<WebElement> action) {
        waiting(60).withMessage(() -> "a field to take keys: " + field + " " + describe(field))
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    WebElement input = d.findElement(field);
                    if (!takesKeys(input)) return false;
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
                    return action.test(input);
                });
    }

    /**
     * Shown and enabled, asked of the browser itself: WebDriver's isDisplayed() says false for an input
     * slotted into a Vaadin field's shadow DOM although the user sees it.
     */
    private boolean takesKeys(WebElement input) {
        return Boolean.TRUE.equals(driver.executeScript(
                "const e = arguments[0]; return e.checkVisibility({visibilityProperty: true}) && !e.disabled && !e.readOnly", input));
    }

    private String describe(By field) {
        List<WebElement> found = driver.findElements(field);
        if (found.isEmpty()) return "(not on the page)";
        WebElement input = found.getFirst();
        return "(takes keys " + takesKeys(input) + ", value '"
                + input.getDomProperty("value") + "', rect " + input.getRect().getDimension() + ")";
    }

    void click(String id) {
        waiting(30).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Rows of a Vaadin grid as the user sees them: each body row's cells, read through the grid's shadow DOM. */
    @SuppressWarnings("unchecked")
    List<List<String>> gridRows(WebElement grid) {
        return (List<List<String>>) driver.executeScript("""
                return [...arguments[0].shadowRoot.querySelectorAll('#items tr')].filter(tr => !tr.hidden)
                  .map(tr => [...tr.querySelectorAll('td')].map(td => {
                    const slot = td.querySelector('slot');
                    return slot ? slot.assignedElements().map(e => e.textContent).join('').trim() : '';
                  }));""", grid);
    }

    /** The element a grid renders in one body cell (row and column from 0), for its classes and style. */
    WebElement gridCell(WebElement grid, int row, int column) {
        return (WebElement) driver.executeScript("""
                const tr = [...arguments[0].shadowRoot.querySelectorAll('#items tr')].filter(tr => !tr.hidden)[arguments[1]];
                return tr.querySelectorAll('td')[arguments[2]].querySelector('slot').assignedElements()[0];""",
                grid, row, column);
    }

    /**
     * The label → value pairs of the key-value lists ({@code .bb-kv}) inside an element, from the DOM
     * text (WebDriver's visible-text rules drop parts of cards scrolled out of an overflow container).
     */
    @SuppressWarnings("unchecked")
    java.util.Map<String, String> keyValues(WebElement element) {
        List<String> texts = (List<String>) driver.executeScript("""
                return [...arguments[0].querySelectorAll('.bb-kv')].flatMap(kv => [...kv.children].map(c => c.textContent.trim()));""",
                element);
        java.util.Map<String, String> pairs = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < texts.size(); i += 2) pairs.put(texts.get(i), texts.get(i + 1));
        return pairs;
    }

    /**
     * Clicks after scrolling the element to the middle of the viewport, again while the page is still
     * moving it (cards above it growing or shrinking as results arrive).
     */
    void clickInView(WebElement element) {
        waiting(30).ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(d -> {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    /** Picks an item of a vaadin-select by its text. */
    void select(String selectId, String item) {
        clickInView(await(By.id(selectId)));
        WebElement option = waiting(30).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(item)).findFirst().orElse(null));
        option.click();
        awaitServer();
    }

    /** Waits until Vaadin has no request to the server in flight (a value change has reached the server). */
    void awaitServer() {
        waiting(60).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return " + STATIC_PAGE + " || !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive())")));
    }

    /** Gives a vaadin-upload several files at once, as a drop or the file picker would. */
    void attachFiles(WebElement upload, List<Path> files) {
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        // chromedriver adds to the files a multiple input already holds: empty it, or the last drop is sent again.
        driver.executeScript("arguments[0].value = ''", input);
        input.sendKeys(String.join("\n", files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
    }

    /** Makes the page's viewport exactly this size (headless windows include no browser chrome but keep ≥ 500 px). */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /**
     * How far the page scrolls sideways, 0 when it fits: the document, and inside the app layout the
     * content area (which scrolls by itself, so the document alone would never show it).
     */
    long horizontalOverflow() {
        return ((Number) driver.executeScript("""
                const page = document.scrollingElement.scrollWidth - window.innerWidth;
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot.querySelector('[part~="content"]');
                return Math.max(page, content ? content.scrollWidth - content.clientWidth : 0);""")).longValue();
    }

    /** For failure messages: the innermost elements whose right edge lies beyond the viewport's or the content area's. */
    String overflowCulprits() {
        return String.valueOf(driver.executeScript("""
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot.querySelector('[part~="content"]');
                const right = content ? content.getBoundingClientRect().right : window.innerWidth;
                const out = [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > right + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > right + 1))
                  .slice(0, 8).map(e => {
                    const chart = e.closest('bb-apex-chart');
                    return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' right=' + Math.round(e.getBoundingClientRect().right)
                      + (chart ? ' in chart ' + (chart.id || chart.className || '?') : '');
                  });
                const charts = [...document.querySelectorAll('bb-apex-chart')].map(c => {
                  const svg = c.querySelector('svg.apexcharts-svg');
                  return (c.id || c.className || 'chart') + ' element ' + c.clientWidth + ' svg ' + (svg && svg.getAttribute('width'))
                    + ' fitted ' + c.fittedWidth + ' parent ' + c.parentElement.clientWidth + ' rendered ' + c.hasAttribute('rendered');
                });
                return 'content right=' + Math.round(right) + ': ' + out.join('; ') + ' || charts: ' + charts.join('; ');"""));
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
