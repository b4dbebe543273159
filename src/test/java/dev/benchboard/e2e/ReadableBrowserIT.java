package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 14's "it must show": every view of the demo evaluation and of an evaluation built from real
 * uploads ({@link WalkedEvaluations}), at 1440 px and at phone width (390 px), is read the way a tech lead
 * reads it, and must have
 * <ul>
 *   <li>no console error (the demo's log-axis chart logged ten);</li>
 *   <li>no internal name in its text: no UPPER_SNAKE enum constant, no raw {@code {a=b}} map, no "null";</li>
 *   <li>no number with more than four decimals or in e-notation;</li>
 *   <li>no text cut off without a way to read it, judged per table cell and column
 *       ({@link PageChecks#clippedWithoutTooltip}).</li>
 * </ul>
 * Every problem of every view is collected and reported at once. It also checks the navigation the
 * issue asked for (tab bar on Upload and Decision, an upload row opening its provenance page) and
 * writes the README screenshots (1440 × 1000, demo) to target/screenshots: each view, the verdicts, the
 * glossary, a drop of five tools' outputs previewed on the upload page, and the decision tree's path.
 */
class ReadableBrowserIT {

    /** The visible text's problems, found by the browser (see {@link #problems}). */
    private static final String INSPECT = """
            const out = [];
            const texts = [document.body.innerText];
            document.querySelectorAll('svg text').forEach(t => texts.push(t.textContent));
            const text = texts.join('\\n');
            const rules = [
              ['internal name (UPPER_SNAKE)', /\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\\b/g],
              ['raw map', /\\{[\\w.-]+=[^}]*\\}/g],
              ['the word null', /\\bnull\\b(?! (distribution|hypothesis))/g],
              ['more than 4 decimals', /\\d\\.\\d{5,}/g],
              ['e-notation', /(?<![\\w.])\\d+(\\.\\d+)?[eE][-+]?\\d+\\b/g],
              ['Infinity or NaN', /\\b(Infinity|NaN)\\b/g]];
            for (const [what, re] of rules) {
              for (const m of text.matchAll(re)) {
                const at = Math.max(0, m.index - 40);
                out.push(what + ': "' + m[0] + '" in "…' + text.substring(at, m.index + m[0].length + 40).replace(/\\s+/g, ' ') + '…"');
              }
            }
            return out;""";

    @Test
    void everyViewIsReadableAtDesktopAndPhoneWidth() throws Exception {
        Path data = Files.createTempDirectory("bb-e2e-readable");
        List<String> problems = new ArrayList<>();
        try (RunningApp app = new RunningApp(data).start(); Browser browser = new Browser(1440, 1000)) {
            ApiClient api = new ApiClient(app);
            long real = WalkedEvaluations.fromRealUploads(api);
            long demo = WalkedEvaluations.demo(api);
            browser.viewport(1440, 1000, false);
            browser.signIn(app.url("/"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            PageChecks.consoleErrors(browser);   // the sign-in's, not a view's

            navigation(browser, app, real);
            long demoUpload = WalkedEvaluations.firstUpload(api, demo);
            long realUpload = WalkedEvaluations.firstUpload(api, real);
            for (int width : List.of(1440, 390)) {
                browser.viewport(width, width == 390 ? 844 : 1000, width == 390);
                List<String> views = new ArrayList<>(List.of("/evaluations", "/glossary", "/tokens", "/users",
                        "/uploads/" + demoUpload, "/uploads/" + realUpload));
                for (long evaluation : List.of(demo, real)) {
                    WalkedEvaluations.SECTIONS.forEach(s -> views.add("/evaluations/" + evaluation + s));
                }
                for (String view : views) {
                    PageChecks.visit(browser, app, view);
                    String name = (view.contains("/" + demo) ? "demo" : view.contains("/" + real) ? "real" : "app")
                            + view.replaceAll("/evaluations/\\d+", "").replaceAll("/\\d+", "").replace('/', '-') + "-" + width;
                    browser.screenshot("readable-" + name);
                    problems.addAll(problems(browser).stream().map(p -> width + " px " + view + ": " + p).toList());
                }
            }
            readmeScreenshots(browser, app, demo, real);
        } finally {
            deleteTree(data);
            deleteTree(Path.of("." + data.toAbsolutePath()));
        }
        assertThat(problems).as("what a reader stumbles on").isEmpty();
    }

    /**
     * The tab bar stays on Upload and Decision; a row of the overview's uploads grid opens that upload's
     * provenance page; the headline's pointer to the details links to the tabs.
     */
    private static void navigation(Browser browser, RunningApp app, long evaluation) {
        for (String section : List.of("/upload", "/decision")) {
            PageChecks.visit(browser, app, "/evaluations/" + evaluation + section);
            assertThat(browser.driver.findElements(By.cssSelector(".bb-sections a")).stream().map(WebElement::getText).toList())
                    .as(section).contains("Overview", "Upload", "Compare", "Reliability", "GC", "Capacity", "Decision");
        }
        PageChecks.visit(browser, app, "/evaluations/" + evaluation);
        assertThat(browser.driver.findElements(By.cssSelector(".bb-section-links a")).stream().map(WebElement::getText).toList())
                .contains("Compare", "Capacity");
        WebElement cell = browser.waiting(60).until(d -> d.findElements(By.cssSelector("#uploads vaadin-grid vaadin-grid-cell-content"))
                .stream().filter(c -> c.getText().endsWith("baseline.txt")).findFirst().orElse(null));
        browser.clickInView(cell);
        browser.waiting(30).until(d -> d.getCurrentUrl().matches(".*/uploads/\\d+$"));
        assertThat(browser.awaitText(By.id("upload-title"), "baseline.txt").getText()).endsWith("baseline.txt");
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(Browser browser) {
        List<String> found = new ArrayList<>((List<String>) browser.driver.executeScript(INSPECT));
        found.addAll(PageChecks.clippedWithoutTooltip(browser));
        found.addAll(PageChecks.consoleErrors(browser));
        return found;
    }

    /**
     * The README's screenshots, 1440 × 1000: the demo's views (overview, compare and its verdicts, …, the decision
     * tree) and the upload page of the evaluation from real uploads with one drop previewed.
     */
    private static void readmeScreenshots(Browser browser, RunningApp app, long demo, long real) throws Exception {
        browser.viewport(1440, 1000, false);
        Map<String, String> shots = new java.util.LinkedHashMap<>();
        shots.put("overview", "");
        shots.put("compare", "/compare");
        shots.put("reliability", "/reliability");
        shots.put("gc", "/gc");
        shots.put("capacity", "/capacity");
        shots.put("decision", "/decision");
        for (var shot : shots.entrySet()) {
            PageChecks.visit(browser, app, "/evaluations/" + demo + shot.getValue());
            browser.screenshot(shot.getKey());
        }
        PageChecks.visit(browser, app, "/evaluations/" + demo + "/compare");
        browser.driver.executeScript("document.getElementById('regressions').scrollIntoView()");
        Thread.sleep(300);
        browser.screenshot("compare-verdicts");
        PageChecks.visit(browser, app, "/glossary");
        browser.screenshot("glossary");

        // The decision tree with the path taken, the rank node's evidence open.
        PageChecks.visit(browser, app, "/evaluations/" + demo + "/decision");
        browser.click("tab-tree");
        browser.clickInView(browser.await(By.id("dt-node-rank")));
        browser.awaitText(By.id("node-evidence-title"), "rank");
        browser.driver.executeScript("document.getElementById('dt-node-rank').scrollIntoView({block: 'center'})");
        Thread.sleep(300);
        browser.screenshot("decision-tree");

        // One drop of five tools' outputs for Gin, previewed (format detected, records, settings) and not stored.
        PageChecks.visit(browser, app, "/evaluations/" + real + "/upload");
        browser.sendKeys(By.cssSelector("#upload-candidate input"), Keys.chord(Keys.CONTROL, "a"), "Gin", Keys.ENTER);
        browser.awaitServer();
        // Files the evaluation does not hold yet (the same bytes again are refused, and the preview would say only that).
        List<String> drop = List.of("wrk/latency-ok.txt", "wrk2/rate2000.txt", "k6-summary/handle-summary.json",
                "gc/gogc100-gctrace.txt", "chaos/outage-table.csv");
        WebElement upload = browser.await(By.id("upload"));
        browser.attachFiles(upload, drop.stream().map(WalkedEvaluations.FIXTURES::resolve).toList());
        browser.waiting(120).withMessage(() -> "previews: " + browser.driver.findElement(By.id("upload-files")).getText())
                .until(d -> d.findElements(By.cssSelector("#upload-files [data-format]")).size() == drop.size());
        browser.driver.executeScript("arguments[0].scrollIntoView()", upload);
        browser.awaitServer();
        Thread.sleep(500);
        browser.screenshot("upload");
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
