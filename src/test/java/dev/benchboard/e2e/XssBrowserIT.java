package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 13, finding 1 (stored XSS): script payloads planted through the REST API in every field a user
 * controls — evaluation name and description, candidate names, an upload label, a file name, a
 * decision tree's texts, and a file whose bad row is echoed into the upload's problems — then every
 * view of the workspace and the public share page opened in Chromium, every chart hovered (legend,
 * bars, points, across the plot) so ApexCharts writes its tooltips. Nothing may run
 * ({@code window.__xss} stays undefined, no element carries a handler from the data, no link is a
 * {@code javascript:} URL), the payloads must be on the page as text, and the browser must report no
 * Content-Security-Policy violation.
 */
class XssBrowserIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static final String IMG = "<img src=x onerror=window.__xss=1>";
    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String ATTRIBUTE = "\"><svg onload=window.__xss=1>";
    static final String JS_URL = "javascript:window.__xss=1";

    /** Candidate names: each payload is one candidate, so each reaches legends, axes and tooltips. */
    static final String TAG_CANDIDATE = IMG;
    static final String ATTRIBUTE_CANDIDATE = ATTRIBUTE;
    static final String SCRIPT_CANDIDATE = SCRIPT;
    static final String URL_CANDIDATE = JS_URL;

    static final String EVALUATION = IMG + " checkout";
    static final String DESCRIPTION = SCRIPT + " " + ATTRIBUTE + " " + JS_URL;
    static final String LABEL = SCRIPT + " label";
    static final String FILE_NAME = IMG + ".csv";
    static final String TREE_TITLE = IMG + " tree";

    /** Deep DOM walk (light DOM, shadow roots): what the page shows as text and what it made into markup. */
    private static final String INSPECT = """
            const roots = [document];
            const texts = [], handlers = [], jsLinks = [], planted = [];
            for (let i = 0; i < roots.length; i++) {
              const walker = document.createTreeWalker(roots[i], NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
              for (let n = walker.currentNode; n; n = walker.nextNode()) {
                if (n.nodeType === Node.TEXT_NODE) {
                  const p = n.parentNode && n.parentNode.nodeName;
                  if (p !== 'SCRIPT' && p !== 'STYLE') texts.push(n.data);
                  continue;
                }
                if (n.shadowRoot) roots.push(n.shadowRoot);
                for (const a of n.getAttributeNames ? n.getAttributeNames() : []) {
                  const v = n.getAttribute(a) || '';
                  if (a.startsWith('on') && v.includes('__xss')) handlers.push(n.outerHTML.slice(0, 200));
                  if ((a === 'href' || a === 'src' || a === 'xlink:href' || a === 'action') && /^\\s*javascript:/i.test(v)) jsLinks.push(a + '=' + v);
                }
                // A script made from a payload (the shared page's own bootstrap script holds the data as JSON: not one).
                if (n.nodeName === 'SCRIPT' && (n.textContent || '').trim() === 'window.__xss=1') planted.push('script');
                if (n.nodeName === 'IMG' && n.getAttribute('src') === 'x') planted.push('img src=x');
              }
            }
            return {xss: typeof window.__xss === 'undefined' ? null : String(window.__xss),
                    text: texts.join('\\n'), handlers, jsLinks, planted};""";

    @Test
    void noPayloadRunsOnAnyViewNorOnTheSharePageAndEveryPayloadReadsAsText() throws Exception {
        Path data = Files.createTempDirectory("bb-e2e-xss");
        try (RunningApp app = new RunningApp(data).start()) {
            run(app);
        } finally {
            deleteTree(data);
            deleteTree(Path.of("." + data.toAbsolutePath()));
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) return;
        try (var files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    private void run(RunningApp app) throws Exception {
        ApiClient api = new ApiClient(app);
        long evaluation = createEvaluation(api);
        // Two full candidates (latency with an interval, GC, chaos, a concurrency sweep for capacity), two with a run.
        upload(api, evaluation, TAG_CANDIDATE, "hey-csv/ok.csv", FILE_NAME, "label", LABEL);
        upload(api, evaluation, TAG_CANDIDATE, "gc/leak-gctrace.txt", null);
        upload(api, evaluation, TAG_CANDIDATE, "chaos/events.csv", null);
        for (int c : List.of(1, 4, 16, 64, 256)) upload(api, evaluation, TAG_CANDIDATE, "sweep/gin/c" + c + ".txt", null);
        upload(api, evaluation, ATTRIBUTE_CANDIDATE, "wrk/latency-ok.txt", null, "label", LABEL);
        upload(api, evaluation, ATTRIBUTE_CANDIDATE, "gc/healthy-gctrace.txt", null);
        upload(api, evaluation, ATTRIBUTE_CANDIDATE, "chaos/events.json", null);
        for (int c : List.of(1, 4, 16, 64, 256)) upload(api, evaluation, ATTRIBUTE_CANDIDATE, "sweep/fasthttp/c" + c + ".txt", null);
        upload(api, evaluation, SCRIPT_CANDIDATE, "hey/ok.txt", null);
        upload(api, evaluation, URL_CANDIDATE, "go-bench/baseline.txt", null, "baseline", "true", "label", LABEL);
        upload(api, evaluation, URL_CANDIDATE, "go-bench/slowed.txt", null, "label", LABEL);
        long problems = uploadWithEchoedProblem(api, evaluation);
        long named = uploadIdOf(api, evaluation, FILE_NAME);
        plantTree(api, evaluation);
        JsonNode share = ApiClient.json(api.postJson("/api/evaluations/" + evaluation + "/shares", "").body());

        // Each view with what it must show as text (the payloads, verbatim).
        Map<String, String> views = new LinkedHashMap<>();
        Map<String, List<String>> shows = new LinkedHashMap<>();
        views.put("evaluations", "/evaluations");
        shows.put("evaluations", List.of(EVALUATION));
        views.put("overview", "/evaluations/" + evaluation);
        shows.put("overview", List.of(EVALUATION, DESCRIPTION, TAG_CANDIDATE, ATTRIBUTE_CANDIDATE, SCRIPT_CANDIDATE, URL_CANDIDATE));
        views.put("upload-detail-file-name", "/uploads/" + named);
        shows.put("upload-detail-file-name", List.of(FILE_NAME, LABEL, TAG_CANDIDATE));
        views.put("upload-detail-problems", "/uploads/" + problems);
        shows.put("upload-detail-problems", List.of("found '0.0012" + IMG + "'"));   // the bad value, quoted in its problem
        views.put("upload-results", "/evaluations/" + evaluation + "/upload");
        views.put("compare", "/evaluations/" + evaluation + "/compare");
        views.put("reliability", "/evaluations/" + evaluation + "/reliability");
        views.put("gc", "/evaluations/" + evaluation + "/gc");
        views.put("capacity", "/evaluations/" + evaluation + "/capacity");
        views.put("decision", "/evaluations/" + evaluation + "/decision");
        for (String view : views.keySet()) shows.putIfAbsent(view, List.of(EVALUATION, TAG_CANDIDATE));

        List<String> tooltips = new ArrayList<>();
        try (Browser browser = new Browser(1400, 1000)) {
            browser.signIn(app.url("/evaluations"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            for (Map.Entry<String, String> view : views.entrySet()) {
                browser.open(app.url(view.getValue()));
                visit(browser, view.getKey(), shows.get(view.getKey()), tooltips);
                if (view.getKey().equals("decision")) {
                    browser.click("tab-tree");
                    browser.click("dt-node-net-http-required");
                    // The question in its box, the description in the node's evidence; the reasons are tooltips.
                    visit(browser, "decision-tree", List.of(IMG + " Must the service", SCRIPT + " step 1"), tooltips);
                }
            }
            assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the workspace").isEmpty();
        }

        try (Browser reader = new Browser(1280, 900)) {
            reader.open(share.get("url").asString());
            // The static page (no Vaadin): its charts drawn by share.js from the page's JSON, every name as text.
            reader.await(By.cssSelector("#share-p99-chart[rendered] svg"));
            visit(reader, "share", List.of(EVALUATION, TAG_CANDIDATE, ATTRIBUTE_CANDIDATE, SCRIPT_CANDIDATE, FILE_NAME), tooltips);
            assertThat(reader.driver.findElement(By.tagName("html")).getDomAttribute("data-bb-static")).isNotNull();
            assertThat(reader.contentSecurityPolicyViolations()).as("CSP violations on the share page").isEmpty();
        }
        // The hovering reached ApexCharts' HTML tooltips, and a candidate's name was in one of them as text.
        assertThat(tooltips).as("tooltips shown while hovering").isNotEmpty()
                .anySatisfy(t -> assertThat(t).contains(TAG_CANDIDATE));
    }

    /**
     * Waits until the view shows the expected texts and its charts are drawn, hovers each chart, and
     * checks after each that nothing ran. A screenshot of each view is kept for review.
     */
    private static void visit(Browser browser, String name, List<String> expected, List<String> tooltips) throws Exception {
        browser.awaitServer();
        browser.waiting(90).withMessage(() -> name + " to show " + expected + "; it shows: " + check(browser, name))
                .ignoring(org.openqa.selenium.JavascriptException.class)
                .until(d -> expected.stream().allMatch(check(browser, name)::contains));
        browser.waiting(60).until(d -> browser.driver.findElements(By.cssSelector("bb-apex-chart:not([rendered])")).isEmpty());
        Thread.sleep(300);   // a chart redrawn to its final width (bb-apex-chart fitWidth)
        // ApexCharts in the workspace; the shared page's own SVG charts (share.js), whose tooltips are SVG <title>s.
        List<WebElement> charts = browser.driver.findElements(By.cssSelector("bb-apex-chart[rendered], .bb-share-chart[rendered]"));
        int before = tooltips.size();
        for (WebElement chart : charts) {
            tooltips.addAll(hover(browser, chart));
            check(browser, name);
        }
        System.out.println("XssBrowserIT: " + name + ": " + charts.size() + " charts hovered, " + (tooltips.size() - before)
                + " tooltips seen");
        browser.screenshot("xss-" + name);
        check(browser, name);
    }

    /** Moves the mouse over a chart's legend entries, its drawn data and across its plot; returns the tooltip texts seen. */
    private static List<String> hover(Browser browser, WebElement chart) {
        List<String> seen = new ArrayList<>();
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
        List<WebElement> targets = new ArrayList<>(chart.findElements(By.cssSelector(".apexcharts-legend-series")));
        List<WebElement> drawn = chart.findElements(By.cssSelector(".apexcharts-bar-area, .apexcharts-rangebar-area, "
                + ".apexcharts-boxPlot-area, .apexcharts-marker, .apexcharts-point-annotations, .apexcharts-xaxis-label, "
                + ".apexcharts-yaxis-label, .bb-bar, .bb-marker"));
        targets.addAll(drawn.subList(0, Math.min(drawn.size(), 12)));
        Actions mouse = new Actions(browser.driver);
        for (WebElement target : targets) {
            try {
                mouse.moveToElement(target).pause(java.time.Duration.ofMillis(120)).perform();
                seen.addAll(visibleTooltips(browser, chart));
            } catch (org.openqa.selenium.WebDriverException notHoverable) {
                // an element of zero size or outside the viewport (a collapsed series): the sweep below covers it
            }
        }
        int width = chart.getRect().getWidth();
        int height = chart.getRect().getHeight();
        for (int step = 1; step < 12; step++) {
            for (int row : new int[] {-height / 4, 0, height / 4}) {
                try {
                    mouse.moveToElement(chart, -width / 2 + width * step / 12, row).pause(java.time.Duration.ofMillis(60)).perform();
                    seen.addAll(visibleTooltips(browser, chart));
                } catch (org.openqa.selenium.WebDriverException outside) {
                    // the point lies outside the viewport
                }
            }
        }
        mouse.moveByOffset(0, 0).perform();
        return seen;
    }

    @SuppressWarnings("unchecked")
    private static List<String> visibleTooltips(Browser browser, WebElement chart) {
        return (List<String>) browser.driver.executeScript("""
                return [...arguments[0].querySelectorAll('.apexcharts-tooltip.apexcharts-active, .apexcharts-xaxistooltip.apexcharts-active')]
                  .map(t => t.textContent).filter(t => t.trim() !== '');""", chart);
    }

    /** Asserts nothing from the data ran or became markup on the current page; returns its text. */
    @SuppressWarnings("unchecked")
    private static String check(Browser browser, String view) {
        Map<String, Object> found = (Map<String, Object>) browser.driver.executeScript(INSPECT);
        assertThat(found.get("xss")).as("window.__xss on " + view).isNull();
        assertThat((List<String>) found.get("handlers")).as("elements with a handler from the data on " + view).isEmpty();
        assertThat((List<String>) found.get("planted")).as("elements made from the data on " + view).isEmpty();
        assertThat((List<String>) found.get("jsLinks")).as("javascript: links on " + view).isEmpty();
        return (String) found.get("text");
    }

    private static long createEvaluation(ApiClient api) throws Exception {
        ObjectNode body = JsonMapper.shared().createObjectNode().put("name", EVALUATION).put("description", DESCRIPTION);
        body.putObject("requirements").put("targetQps", 20000).put("p99SloMs", 25).put("availabilitySlo", 0.999)
                .put("headroomPercent", 30).put("redundancy", 1);
        HttpResponse<String> created = api.postJson("/api/evaluations", body.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created.body()).get("id").asLong();
    }

    private static void upload(ApiClient api, long evaluation, String candidate, String fixture, String fileName,
                               String... fields) throws Exception {
        String name = fileName != null ? fileName : fixture.replace('/', '-');
        HttpResponse<String> response = api.upload(evaluation, candidate, name, Files.readAllBytes(FIXTURES.resolve(fixture)), fields);
        assertThat(response.statusCode()).as(fixture + " for " + candidate + ": " + response.body()).isEqualTo(201);
    }

    /** hey's CSV with one row whose response time is a payload: kept (valid rows only), the row named in the problems. */
    private static long uploadWithEchoedProblem(ApiClient api, long evaluation) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(FIXTURES.resolve("hey-csv/ok.csv")));
        lines.add(3, "0.0012" + IMG + ",0.0009,0.0000,0.0004,0.0003,0.0001,200,0.0007");
        HttpResponse<String> response = api.upload(evaluation, SCRIPT_CANDIDATE, "hey-problems.csv",
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "keepValidRows", "true");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response.body()).get("id").asLong();
    }

    private static long uploadIdOf(ApiClient api, long evaluation, String fileName) throws Exception {
        for (JsonNode upload : ApiClient.json(api.get("/api/evaluations/" + evaluation + "/uploads").body())) {
            if (upload.get("fileName").asString().equals(fileName)) return upload.get("id").asLong();
        }
        throw new AssertionError("no upload named " + fileName);
    }

    /** The default tree with payloads in its title, description, the first question and every action's reason. */
    private static void plantTree(ApiClient api, long evaluation) throws Exception {
        ObjectNode tree = (ObjectNode) ApiClient.json(api.get("/api/evaluations/" + evaluation + "/decision-tree").body());
        tree.put("title", TREE_TITLE).put("description", DESCRIPTION);
        ObjectNode first = (ObjectNode) tree.get("nodes").get(0);
        assertThat(first.get("id").asString()).isEqualTo("net-http-required");
        first.put("question", IMG + " " + first.get("question").asString());
        first.put("description", SCRIPT + " step 1");
        for (JsonNode node : tree.get("nodes")) {
            for (String branch : List.of("yes", "no", "unknown")) {
                for (JsonNode action : node.path(branch).path("actions")) {
                    if (action.has("reason")) ((ObjectNode) action).put("reason", ATTRIBUTE + " " + action.get("reason").asString());
                }
            }
        }
        HttpResponse<String> saved = api.http().send(api.request("/api/evaluations/" + evaluation + "/decision-tree")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(tree.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isBetween(200, 204);
    }
}
