package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.format.Figures;
import dev.benchboard.ui.Format;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The whole workflow through the real UI of the packaged app: create an evaluation with requirements,
 * upload real wrk/hey/gctrace/chaos/go-bench outputs for two candidates on the upload page (several
 * files per drop, format detected, preview checked, then stored), read the regression verdicts on the
 * compare view and the instance counts on the capacity view and check them against the REST report,
 * share the report, open the link in a fresh browser without a session (1280×800 and phone width),
 * revoke it and get the 404 page.
 *
 * <p>The data: the two concurrency sweeps of {@code fixtures/sweep} (real wrk runs of Gin and fasthttp,
 * see its README), one hey run each, a healthy and a leaking gctrace, the chaos run as events CSV (Gin)
 * and as probe log (Fasthttp), and for Gin a {@code go test -bench} baseline and a slowed run.
 */
class WorkflowBrowserIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final List<Integer> LEVELS = List.of(1, 2, 4, 8, 16, 32, 64, 128, 256);
    private static final String NAME = "Checkout API framework";
    private static final String GIN = "Gin";
    private static final String FAST = "Fasthttp";

    /** The k of N + k typed into the "New evaluation" dialog (with 100,000 req/s, P99 ≤ 2 ms, 99.9 %, 30 % headroom). */
    private static final int REDUNDANCY = 1;

    /** One drop on the upload page: the files and what the form said while they were dropped. */
    private record Drop(String candidate, boolean baseline, List<String> fixtures) {}

    private static final List<Drop> DROPS = List.of(
            new Drop(GIN, true, List.of("go-bench/baseline.txt")),
            new Drop(GIN, false, List.of("go-bench/slowed.txt")),
            new Drop(GIN, false, Stream.concat(LEVELS.stream().map(n -> "sweep/gin/c" + n + ".txt"), Stream.of(
                    "hey-csv/ok.csv", "gc/healthy-gctrace.txt", "chaos/events.csv")).toList()),
            new Drop(FAST, false, Stream.concat(LEVELS.stream().map(n -> "sweep/fasthttp/c" + n + ".txt"), Stream.of(
                    "hey/ok.txt", "gc/leak-gctrace.txt", "chaos/probe-log.csv")).toList()));

    @Test
    void uploadCompareCapacityShareAndRevokeThroughTheUi() throws Exception {
        Path data = Files.createTempDirectory("bb-e2e-workflow");
        try (RunningApp app = new RunningApp(data, "--benchboard.ui.forbid-evidence-queries-on-ui-thread=true").start(); Browser owner = new Browser(1280, 800)) {
            owner.viewport(1280, 800, false);
            owner.signIn(app.url("/"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            long evaluation = createEvaluation(owner, app);
            uploadThroughTheUploadPage(owner, app, evaluation);

            ApiClient api = new ApiClient(app);
            checkStoredUploads(api, evaluation);
            JsonNode report = ApiClient.json(ok(api.get("/api/evaluations/" + evaluation + "/report")));
            checkAttribution(report);
            JsonNode pair = ApiClient.json(ok(api.get("/api/evaluations/" + evaluation + "/compare?baseline="
                    + FAST + "&candidate=" + GIN)));

            compareView(owner, app, evaluation, report, pair);
            capacityView(owner, app, evaluation, report);
            reliabilityView(owner, app, evaluation, report);
            gcView(owner, app, evaluation, report);
            assertThat(owner.contentSecurityPolicyViolations()).isEmpty();

            String link = createShareLink(owner, app, evaluation);
            sharedReport(api, link, report);
            revoke(owner, app, evaluation);
            try (Browser visitor = new Browser(1280, 800)) {
                visitor.open(link);
                visitor.awaitText(By.id("share-not-found"), "Shared report not found");
                assertThat(visitor.driver.getPageSource()).doesNotContain(NAME);
            }
            assertThat(status(api, link)).isEqualTo(404);
            assertThat(status(api, link + "/report.json")).as("the share's JSON").isEqualTo(404);
        } finally {
            deleteTree(data);
            // The H2 URL resolves an absolute data dir under the working directory as well (see ShareBrowserIT).
            deleteTree(Path.of("." + data.toAbsolutePath()));
        }
    }

    /** "New evaluation" with the requirements typed in; returns the id from the overview's address. */
    private static long createEvaluation(Browser owner, RunningApp app) {
        owner.open(app.url("/"));
        owner.click("new-evaluation");
        owner.type("evaluation-name", NAME);
        owner.type("evaluation-target-qps", "100000");
        owner.type("evaluation-p99-slo", "2");
        owner.type("evaluation-availability-slo", "99.9");
        owner.type("evaluation-headroom", "30");
        owner.type("evaluation-redundancy", String.valueOf(REDUNDANCY));
        owner.click("save-evaluation");
        owner.waiting(60).until(d -> d.getCurrentUrl().matches(".*/evaluations/\\d+$"));
        assertThat(owner.awaitText(By.id("evaluation-title"), NAME).getText()).isEqualTo(NAME);
        String url = owner.driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    /**
     * Four drops, 26 files in one visit (the upload component's limit of 20 used to count every file of
     * the visit and silently drop the rest), with the candidate switched before anything is stored: each
     * file must still be stored for the candidate and label it was previewed with.
     */
    private static void uploadThroughTheUploadPage(Browser owner, RunningApp app, long evaluation) throws Exception {
        owner.click("upload-results");
        owner.waiting(60).until(d -> d.getCurrentUrl().endsWith("/evaluations/" + evaluation + "/upload"));
        WebElement upload = owner.await(By.id("upload"));
        int expected = 0;
        for (Drop drop : DROPS) {
            owner.sendKeys(By.cssSelector("#upload-candidate input"), Keys.chord(Keys.CONTROL, "a"), drop.candidate(), Keys.ENTER);
            WebElement baseline = owner.await(By.id("upload-baseline"));
            if (Boolean.parseBoolean(baseline.getDomProperty("checked")) != drop.baseline()) owner.clickInView(baseline);
            owner.awaitServer();
            owner.attachFiles(upload, drop.fixtures().stream().map(FIXTURES::resolve).toList());
            expected += drop.fixtures().size();
            int total = expected;
            owner.waiting(120).withMessage(() -> "previews: " + owner.driver.findElement(By.id("upload-files")).getText())
                    .until(d -> d.findElements(By.cssSelector("#upload-files [data-format]")).size() == total);

            for (String fixture : drop.fixtures()) {
                WebElement card = card(owner, fixture);
                assertThat(card.getDomAttribute("data-candidate")).as(fixture).isEqualTo(drop.candidate());
                assertThat(card.getDomAttribute("data-format")).as(fixture).isEqualTo(expectedFormat(fixture));
                assertThat(owner.keyValues(card)).containsEntry("Stored for", drop.candidate() + (drop.baseline() ? " · baseline" : ""));
            }
            if (drop.fixtures().size() > 10 && drop.candidate().equals(GIN)) {
                owner.driver.executeScript("arguments[0].scrollIntoView()", upload);
                owner.screenshot("upload");
            }
        }
        assertThat(owner.driver.findElement(By.id("upload-rejected")).getText()).as("no file refused by the component").isEmpty();
        checkPreviews(owner);

        // Store every card (the form now says Fasthttp, not baseline).
        for (WebElement store : owner.driver.findElements(By.cssSelector("#upload-files vaadin-button.bb-store"))) {
            owner.clickInView(store);
        }
        int total = expected;
        owner.waiting(120).withMessage(() -> "stored: " + owner.driver.findElement(By.id("upload-files")).getText())
                .until(d -> d.findElements(By.cssSelector("#upload-files [data-stored]")).size() == total);

        for (Drop drop : DROPS) {
            for (String fixture : drop.fixtures()) {
                assertThat(status(card(owner, fixture))).as(fixture)
                        .matches("Stored as upload \\d+ for " + drop.candidate() + " · [\\d,]+ records?");
            }
        }
        // The run a stored file produced, as wrk printed it (sweep/fasthttp/c8.txt: 301625 requests,
        // Requests/sec 75365.16, 50% 79.00us, 99% 3.55ms).
        List<List<String>> runs = owner.gridRows(card(owner, "sweep/fasthttp/c8.txt").findElement(By.cssSelector("vaadin-grid")));
        assertThat(runs).containsExactly(List.of("run 1", "8", "301,625", "0", "75,365 req/s", "79 µs", "3.55 ms",
                "as printed by the tool · closed-loop, coordinated omission corrected by wrk (tails may be overstated)"));

        owner.open(app.url("/evaluations/" + evaluation));
        WebElement uploads = owner.await(By.cssSelector("#uploads vaadin-grid"));
        owner.waiting(30).until(d -> Long.valueOf(total).equals(owner.driver.executeScript("return arguments[0].size", uploads)));
    }

    /** What was stored, as the API lists it: every file under the candidate, format and label it was dropped with. */
    private static void checkStoredUploads(ApiClient api, long evaluation) throws Exception {
        List<JsonNode> stored = ApiClient.json(ok(api.get("/api/evaluations/" + evaluation + "/uploads"))).valueStream().toList();
        List<String> expected = DROPS.stream().flatMap(d -> d.fixtures().stream().map(f -> d.candidate() + " "
                + Path.of(f).getFileName() + " " + expectedFormat(f) + (d.baseline() ? " baseline" : ""))).sorted().toList();
        assertThat(stored.stream().map(u -> u.get("candidate").asString() + " " + u.get("fileName").asString() + " "
                + u.get("format").asString() + (u.get("baseline").asBoolean() ? " baseline" : "")).sorted().toList())
                .containsExactlyElementsOf(expected);
    }

    /** What the previews say before anything is stored, against the tools' own output and the fixtures' READMEs. */
    private static void checkPreviews(Browser owner) {
        // wrk's summary of Gin at 8 connections: 184545 requests, Requests/sec 45018.68, 50% 171us, 99% 796us.
        assertThat(owner.gridRows(card(owner, "sweep/gin/c8.txt").findElement(By.cssSelector("vaadin-grid"))))
                .containsExactly(List.of("run 1", "8", "184,545", "0", "45,019 req/s", "171 µs", "796 µs",
                        "as printed by the tool · closed-loop, coordinated omission corrected by wrk (tails may be overstated)"));
        assertThat(status(card(owner, "sweep/gin/c8.txt"))).isEqualTo("Detected: wrk text (--latency) · load test / benchmark");
        assertThat(owner.keyValues(card(owner, "sweep/gin/c8.txt"))).containsEntry("Records", "1 accepted, 0 rejected");
        // hey -o csv: 5000 rows after the header (wc -l = 5001).
        assertThat(status(card(owner, "hey-csv/ok.csv"))).isEqualTo("Detected: hey CSV (-o csv) · load test / benchmark");
        List<String> hey = owner.gridRows(card(owner, "hey-csv/ok.csv").findElement(By.cssSelector("vaadin-grid"))).getFirst();
        assertThat(List.of(hey.get(0), hey.get(2), hey.get(3))).containsExactly("run 1", "5,000", "0");
        // gc/README.md: 372 gc lines in the healthy capture, 88 in the leaking one.
        assertThat(owner.keyValues(card(owner, "gc/healthy-gctrace.txt"))).containsEntry("GC", "1 trace, 372 cycles");
        assertThat(owner.keyValues(card(owner, "gc/leak-gctrace.txt"))).containsEntry("GC", "1 trace, 88 cycles");
        // chaos/README.md: seven injected faults, seven outages, in both the event log and the probe log.
        assertThat(owner.keyValues(card(owner, "chaos/events.csv"))).containsEntry("Chaos", "1 experiment, 7 outages");
        assertThat(owner.keyValues(card(owner, "chaos/probe-log.csv"))).containsEntry("Chaos", "1 experiment, 7 outages");
    }

    /** Each candidate's figures come from its own files only. */
    private static void checkAttribution(JsonNode report) {
        assertThat(fileNames(candidate(report, GIN).at("/capacity/sources"))).hasSize(9);
        assertThat(fileNames(candidate(report, GIN).at("/latency/sources"))).contains("ok.csv").doesNotContain("ok.txt");
        assertThat(fileNames(candidate(report, GIN).at("/gc/traces").valueStream().map(t -> t.get("source")).toList()))
                .containsExactly("healthy-gctrace.txt");
        assertThat(fileNames(candidate(report, GIN).at("/reliability/sources"))).containsExactly("events.csv");
        assertThat(fileNames(candidate(report, FAST).at("/latency/sources"))).contains("ok.txt").doesNotContain("ok.csv");
        assertThat(fileNames(candidate(report, FAST).at("/reliability/sources"))).containsExactly("probe-log.csv");
        // As typed in the dialog; 99.9 % is stored as 0.999 exactly (it used to be 99.9 / 100 = 0.9990000000000001).
        assertThat(report.at("/requirements/targetQps").asDouble()).isEqualTo(100_000);
        assertThat(report.at("/requirements/p99SloMs").asDouble()).isEqualTo(2);
        assertThat(report.at("/requirements/availabilitySlo").asDouble()).isEqualTo(0.999);
        assertThat(report.at("/requirements/headroomPercent").asDouble()).isEqualTo(30);
        assertThat(report.at("/requirements/redundancy").asInt()).isEqualTo(REDUNDANCY);
    }

    private static void compareView(Browser owner, RunningApp app, long evaluation, JsonNode report, JsonNode pair)
            throws Exception {
        owner.open(app.url("/evaluations/" + evaluation + "/compare"));
        for (String chart : List.of("compare-throughput", "compare-percentiles", "compare-p99-load", "compare-errors",
                "compare-over-time")) {
            owner.await(By.cssSelector("#" + chart + "[rendered] svg"));
        }
        assertThat(seriesNames(owner, "compare-percentiles")).containsExactlyInAnyOrder(GIN, FAST);
        assertThat(seriesNames(owner, "compare-p99-load")).containsExactlyInAnyOrder(GIN, FAST);
        assertThat(seriesNames(owner, "compare-over-time")).containsExactly("mean", "max");
        // Each candidate's figures pool a 9-level sweep and a hey run: the page says so under the charts.
        assertThat(owner.driver.findElements(By.cssSelector(".bb-latency-warning")).stream().map(WebElement::getText).toList())
                .anyMatch(t -> t.startsWith("⚠ Gin: runs at 9 concurrency levels (1, 2, 4, 8, 16, 32, 64, 128, 256) are pooled"))
                .anyMatch(t -> t.startsWith("⚠ Fasthttp: runs at 9 concurrency levels"));
        assertThat(owner.driver.findElement(By.cssSelector("#compare-throughput .apexcharts-xaxis")).getText())
                .contains(GIN).contains(FAST);
        assertFits(owner);
        // The measurement itself sees what made the GC, reliability and capacity views scroll sideways:
        // a full-width card with padding (content-box) inside the app layout's scrolling content area.
        owner.driver.executeScript("const d = document.createElement('div'); d.id = 'bb-wide'; d.textContent = 'x';"
                + "d.style.width = '100%'; d.style.padding = '0 40px';"
                + "document.querySelector('.bb-sections').parentElement.appendChild(d)");
        assertThat(owner.horizontalOverflow()).isPositive();
        owner.driver.executeScript("document.getElementById('bb-wide').remove()");
        assertFits(owner);
        owner.screenshot("compare");

        // The report's own verdicts: Gin's go-bench baseline against its slowed run (scipy Mann-Whitney
        // p = 0.00018 for Checksum ns/op, see RegressionApiTest).
        WebElement table = owner.await(By.cssSelector("#regressions vaadin-grid.bb-regressions"));
        JsonNode checksum = report.get("regressions").valueStream()
                .filter(r -> r.get("benchmark").asString().equals("BenchmarkChecksum") && r.get("metric").asString().equals("ns/op"))
                .findFirst().orElseThrow();
        assertThat(checksum.get("verdict").asString()).isEqualTo("regressed");
        int row = rowIndex(owner, table, "BenchmarkChecksum", "ns/op");
        assertThat(owner.gridRows(table).get(row).subList(0, 9)).containsExactlyElementsOf(expectedRow(checksum));
        // The verdict names its files (links to the uploads' provenance pages).
        assertThat(owner.gridRows(table).get(row).get(9)).isEqualTo("A: baseline.txt · B: slowed.txt");
        assertVerdictStyle(owner, verdict(owner, table, row), "regressed");
        owner.driver.executeScript("document.getElementById('regressions').scrollIntoView()");
        owner.screenshot("compare-verdicts");

        // Two candidates: Fasthttp as the baseline, Gin as the candidate, through the selects and the button.
        owner.select("compare-baseline", FAST);
        owner.select("compare-candidate", GIN);
        owner.click("compare-pair");
        // The table is replaced by the pair's: a grid found a moment ago may already be gone.
        owner.waiting(60).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> owner.gridRows(owner.driver.findElement(By.cssSelector("#regressions vaadin-grid.bb-regressions")))
                .stream().anyMatch(r -> r.getFirst().startsWith("load test · ")));
        WebElement pairTable = owner.driver.findElement(By.cssSelector("#regressions vaadin-grid.bb-regressions"));
        List<JsonNode> rows = pair.get("rows").valueStream().toList();
        assertThat(owner.gridRows(pairTable)).hasSize(rows.size());
        for (JsonNode expected : rows) {
            int i = rowIndex(owner, pairTable, expected.get("benchmark").asString(), expected.get("metric").asString());
            assertThat(owner.gridRows(pairTable).get(i).subList(0, 9)).as(expected.get("metric").asString())
                    .containsExactlyElementsOf(expectedRow(expected));
            assertVerdictStyle(owner, verdict(owner, pairTable, i), expected.get("verdict").asString());
        }
        // Like with like: the two sweeps are compared level by level (9 levels × P99, P50, throughput) — never the nine
        // levels pooled as nine "repeated runs" — and the two hey runs, whose reports do not state their concurrency,
        // are listed as "not comparable". At 8 connections: fasthttp printed 75,365.16 req/s, Gin 45,018.68 req/s,
        // Δ = −40.3 %; one run a side is never a verdict: "insufficient", and with Holm over the 27 tested rows the
        // smallest n a side with 27 × 2/C(2n, n) < 0.05 is 7 (C(14, 7) = 3432; C(12, 6) = 924 is not enough).
        assertThat(rows.stream().map(r -> r.get("benchmark").asString()).distinct().toList()).containsAll(
                LEVELS.stream().map(n -> "load test · " + n + " concurrent").toList());
        JsonNode atEight = rows.stream().filter(r -> r.get("benchmark").asString().equals("load test · 8 concurrent")
                && r.get("metric").asString().equals("throughput")).findFirst().orElseThrow();
        assertThat(atEight.get("verdict").asString()).isEqualTo("insufficient");
        int i = rowIndex(owner, pairTable, "load test · 8 concurrent", "throughput");
        String why = "insufficient: one run a side — run-to-run variation unknown; needs 6 more runs a side (7 + 7) with 27"
                + " rows under Holm";
        assertThat(atEight.get("reason").asString()).isEqualTo(why);
        assertThat(owner.gridRows(pairTable).get(i)).contains("Fasthttp: 75,365 req/s", "Gin: 45,019 req/s", "−40.3 %",
                "insufficient", "A: c8.txt · B: c8.txt");
        assertThat(rows.stream().filter(r -> r.get("benchmark").asString().equals("load test · load not stated")))
                .hasSize(3).allSatisfy(r -> assertThat(r.get("verdict").asString()).isEqualTo("not comparable"));
        owner.driver.executeScript("arguments[0].scrollIntoView()", owner.gridCell(pairTable, i, 0));
        owner.screenshot("compare-pair");

        chooseOnlyTheRunsAtEightConnections(owner);
    }

    @SuppressWarnings("unchecked")
    private static List<WebElement> castItems(Object found) {
        return (List<WebElement>) found;
    }

    /**
     * The compare view from chosen uploads: clear the upload chooser, filter it to "c8.txt" and pick both
     * candidates' files. Each candidate's figures are then one run (no warning about pooled loads) and
     * the pair comparison has the 8-connection rows only.
     */
    private static void chooseOnlyTheRunsAtEightConnections(Browser owner) {
        WebElement chooser = owner.await(By.id("compare-uploads"));
        owner.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", chooser);
        owner.clickInView(chooser.getShadowRoot().findElement(By.cssSelector("[part~='clear-button']")));
        owner.awaitServer();
        owner.waiting(30).withMessage(() -> "the chooser to be empty").until(d -> Long.valueOf(0).equals(
                owner.driver.executeScript("return arguments[0].selectedItems.length", chooser)));
        // The dropdown's items, wherever this Vaadin version renders its overlay, as far as the browser shows them.
        java.util.function.Supplier<List<WebElement>> shownItems = () -> castItems(owner.driver.executeScript("""
                const combo = arguments[0]; const found = new Set();
                for (const root of [document, combo, combo.shadowRoot]) {
                  if (root) root.querySelectorAll('vaadin-multi-select-combo-box-item').forEach(e => found.add(e));
                }
                return [...found].filter(e => e.checkVisibility());""", chooser));
        // One file at a time: the list re-renders (and recycles its item elements) after each choice.
        for (String candidate : List.of(GIN, FAST)) {
            owner.sendKeys(By.cssSelector("#compare-uploads input"), Keys.chord(Keys.CONTROL, "a"), "c8.txt");
            WebElement item = owner.waiting(30).withMessage(() -> candidate + "'s c8.txt among " + shownItems.get().stream()
                            .map(WebElement::getText).toList())
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> shownItems.get().stream().filter(e -> e.getText().startsWith(candidate + " · c8.txt #"))
                            .findFirst().orElse(null));
            item.click();
            owner.awaitServer();
            owner.sendKeys(By.cssSelector("#compare-uploads input"), Keys.ESCAPE);
            owner.awaitServer();
        }
        assertThat(owner.driver.executeScript("return arguments[0].selectedItems.map(i => i.label || '').length", chooser))
                .isEqualTo(2L);
        owner.waiting(30).withMessage(() -> "one run per candidate; chosen: " + owner.driver.executeScript(
                        "return arguments[0].selectedItems.length", chooser) + ", warnings: "
                        + owner.driver.findElements(By.cssSelector(".bb-latency-warning")).stream().map(WebElement::getText).toList())
                .until(d -> d.findElements(By.cssSelector(".bb-latency-warning")).stream()
                .noneMatch(w -> w.getText().contains("concurrency levels")));
        owner.await(By.cssSelector("#compare-throughput[rendered] svg"));

        owner.select("compare-baseline", FAST);
        owner.select("compare-candidate", GIN);
        owner.click("compare-pair");
        owner.waiting(60).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> owner.gridRows(owner.driver.findElement(By.cssSelector("#regressions vaadin-grid.bb-regressions")))
                        .stream().map(List::getFirst).distinct().toList().equals(List.of("load test · 8 concurrent")));
    }

    private static void capacityView(Browser owner, RunningApp app, long evaluation, JsonNode report) throws Exception {
        owner.open(app.url("/evaluations/" + evaluation + "/capacity"));
        WebElement plans = owner.await(By.id("capacity-plans"));
        owner.waiting(60).until(d -> owner.gridRows(plans).size() == 2);
        owner.waiting(60).until(d -> d.findElements(By.cssSelector("bb-apex-chart[rendered] svg.apexcharts-svg")).size() == 4);
        for (String candidate : List.of(GIN, FAST)) {
            JsonNode plan = candidate(report, candidate).at("/capacity/plan");
            List<String> row = owner.gridRows(plans).stream().filter(r -> r.getFirst().equals(candidate)).findFirst().orElseThrow();
            assertThat(row.get(1)).as(candidate).isEqualTo(Format.number(plan.at("/sloCapacity/capacityQps").asDouble(), "req/s")
                    + " · " + dev.benchboard.format.Words.of(plan.at("/sloCapacity/status").asString()));
            assertThat(row.get(2)).as(candidate).isEqualTo(plan.at("/instances/instances").asInt() + " ("
                    + plan.at("/instances/baseInstances").asInt() + " + " + REDUNDANCY + ")");
        }
        // By hand from sweep/README.md with SLO 2 ms, target 100,000 req/s, 30 % headroom, N + 1:
        // Gin's P99 first exceeds 2 ms at N = 32 (2.22 ms); interpolating between N = 16 (50,970.95 req/s,
        // 1.39 ms) and N = 32 (47,999.78) gives 48,787 req/s, below the 50,970.95 measured at N = 16, so the
        // capacity is that measured point: ⌈130,000 / 50,970.95⌉ = ⌈2.55⌉ = 3, + 1 = 4 instances.
        // Fasthttp crosses between N = 4 (68,728.88 req/s, 0.217 ms) and N = 8 (75,365.16, 3.55 ms):
        // 68,728.88 + (2 − 0.217)·6,636.28/3.333 = 72,279.0 req/s; ⌈130,000 / 72,279.0⌉ = ⌈1.80⌉ = 2, + 1 = 3.
        assertThat(instancesOf(owner, plans, GIN)).isEqualTo("4 (3 + 1)");
        assertThat(instancesOf(owner, plans, FAST)).isEqualTo("3 (2 + 1)");
        assertThat(owner.gridRows(plans).stream().filter(r -> r.getFirst().equals(FAST)).findFirst().orElseThrow().get(1))
                .isEqualTo("72,279 req/s · interpolated between two loads");
        List<WebElement> usl = owner.driver.findElements(By.cssSelector("bb-apex-chart.bb-usl-chart"));
        assertThat(usl).hasSize(2);
        for (WebElement chart : usl) {
            assertThat(seriesNames(owner, chart)).containsExactlyInAnyOrder("measured", "USLxfit");
            // The nine measured sweep points are drawn, not only named in the legend.
            assertThat(chart.findElements(By.cssSelector(".apexcharts-series[seriesName='measured'] .apexcharts-marker")))
                    .hasSize(LEVELS.size());
        }
        assertFits(owner);
        owner.driver.executeScript("arguments[0].scrollIntoView()", plans);
        owner.screenshot("capacity");

        // The planner is live: doubling the target load re-plans at once (⌈260,000 / 50,970.95⌉ + 1 = 7,
        // ⌈260,000 / 72,279.0⌉ + 1 = 5), without changing the evaluation's requirements.
        owner.type("capacity-target", "200000");
        owner.sendKeys(By.cssSelector("#capacity-target input"), Keys.TAB);
        owner.waiting(30).until(d -> instancesOf(owner, plans, GIN).equals("7 (6 + 1)"));
        assertThat(instancesOf(owner, plans, FAST)).isEqualTo("5 (4 + 1)");
    }

    private static void reliabilityView(Browser owner, RunningApp app, long evaluation, JsonNode report) throws Exception {
        owner.open(app.url("/evaluations/" + evaluation + "/reliability"));
        for (String candidate : List.of(GIN, FAST)) {
            WebElement card = owner.await(By.id("reliability-" + candidate.toLowerCase(Locale.ROOT)));
            JsonNode service = candidate(report, candidate).at("/reliability/report/service");
            Map<String, String> figures = owner.keyValues(card);
            assertThat(figures.get("MTTR")).startsWith(Format.number(service.get("mttrSeconds").asDouble(), "s") + " (median");
            assertThat(figures.get("MTBF")).startsWith(Format.number(service.get("mtbfHours").asDouble(), "h") + " (95 % CI");
        }
        owner.waiting(60).until(d -> d.findElements(By.cssSelector(".bb-outage-timeline[rendered] svg.apexcharts-svg")).size() == 2);
        assertFits(owner);
        owner.screenshot("reliability");
    }

    private static void gcView(Browser owner, RunningApp app, long evaluation, JsonNode report) throws Exception {
        owner.open(app.url("/evaluations/" + evaluation + "/gc"));
        owner.waiting(60).until(d -> d.findElements(By.cssSelector(".bb-gc-trace")).size() == 2);
        owner.waiting(60).until(d -> d.findElements(By.cssSelector(".bb-gc-trace bb-apex-chart[rendered] svg.apexcharts-svg")).size() == 6);
        WebElement leak = owner.driver.findElements(By.cssSelector(".bb-gc-trace")).stream()
                .filter(t -> t.findElement(By.tagName("h4")).getDomProperty("textContent").equals("leak-gctrace.txt"))
                .findFirst().orElseThrow();
        JsonNode trend = candidate(report, FAST).at("/gc/traces/0/report/heapTrend");
        Map<String, String> figures = owner.keyValues(leak);
        assertThat(figures.get("Live heap slope")).startsWith(Format.number(trend.get("slopeMbPerMinute").asDouble(), "MB/min"));
        assertThat(figures.get("Leak verdict")).startsWith("⚠");
        owner.screenshot("gc");
        assertFits(owner);
    }

    /** "Share" on the overview, "Create link": the absolute link, shown once. */
    private static String createShareLink(Browser owner, RunningApp app, long evaluation) {
        String link = owner.createShareLink(app.url("/evaluations/" + evaluation));
        owner.click("share-done");
        assertThat(link).startsWith(app.url("/r/"));
        return link;
    }

    /** The link in a fresh browser (no cookies, no session): the same verdicts and instance counts. */
    private static void sharedReport(ApiClient api, String link, JsonNode report) throws Exception {
        HttpResponse<String> json = api.http().send(HttpRequest.newBuilder(URI.create(link + "/report.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode frozen = ApiClient.json(json.body()).get("report");
        try (Browser visitor = new Browser(1280, 800)) {
            visitor.viewport(1280, 800, false);
            visitor.open(link);
            WebElement title = visitor.await(By.id("share-title"));
            visitor.waiting(30).until(d -> !title.getText().isEmpty());
            assertThat(title.getText()).isEqualTo(NAME);
            checkSharedFigures(visitor, report, frozen);
            visitor.await(By.cssSelector("#share-p99-chart[rendered] svg"));
            assertFits(visitor);

            visitor.viewport(390, 844, true);
            visitor.open(link);
            checkSharedFigures(visitor, report, frozen);
            visitor.await(By.cssSelector("#share-p99-chart[rendered] svg"));
            assertFits(visitor);
            visitor.driver.executeScript("document.getElementById('share-figures').scrollIntoView()");
            visitor.screenshot("workflow-share-phone");
        }
    }

    private static void checkSharedFigures(Browser visitor, JsonNode report, JsonNode frozen) {
        for (String candidate : List.of(GIN, FAST)) {
            JsonNode plan = candidate(report, candidate).at("/capacity/plan");
            assertThat(candidate(frozen, candidate).at("/capacity/plan/instances/instances").asInt())
                    .isEqualTo(plan.at("/instances/instances").asInt());
            assertThat(shareValue(visitor, "instances", candidate)).isEqualTo(plan.at("/instances/instances").asString());
            assertThat(shareValue(visitor, "sloCapacity", candidate))
                    .isEqualTo(Format.number(plan.at("/sloCapacity/capacityQps").asDouble(), "req/s"));
        }
        assertThat(shareValue(visitor, "instances", GIN)).isEqualTo("4");
        assertThat(shareValue(visitor, "instances", FAST)).isEqualTo("3");
        List<WebElement> regressed = visitor.driver.findElements(By.cssSelector("#share-regressions .bb-share-verdict-regressed"));
        List<String> regressedRows = regressed.stream().map(v -> v.findElement(By.xpath("./ancestor::tr")).getText()).toList();
        List<String> expected = report.get("regressions").valueStream().filter(r -> r.get("verdict").asString().equals("regressed"))
                .map(r -> r.get("benchmark").asString() + " " + r.get("metric").asString()).toList();
        assertThat(expected).containsExactlyInAnyOrder("BenchmarkChecksum ns/op", "BenchmarkChecksum MB/s");
        assertThat(regressedRows).hasSize(expected.size());
        for (String row : expected) {
            String[] benchmarkAndMetric = row.split(" ");
            assertThat(regressedRows).as(row).anyMatch(r -> r.startsWith(benchmarkAndMetric[0] + " " + benchmarkAndMetric[1] + " "));
        }
        assertThat(regressed).allMatch(v -> v.getText().equals("regressed"));
    }

    /** Revoke on the overview's share list, confirmed in the dialog. */
    private static void revoke(Browser owner, RunningApp app, long evaluation) {
        owner.open(app.url("/evaluations/" + evaluation));
        WebElement links = owner.await(By.id("share-links"));
        owner.waiting(30).until(d -> owner.gridRows(links).size() == 1);
        WebElement revoke = owner.waiting(30).until(d -> d.findElements(By.cssSelector("#share-links vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("Revoke")).findFirst().orElse(null));
        owner.clickInView(revoke);
        WebElement confirm = owner.waiting(30).until(d -> d.findElements(By.cssSelector("vaadin-button[slot='confirm-button']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        confirm.click();
        owner.waiting(30).until(d -> owner.gridRows(links).getFirst().get(4).startsWith("revoked"));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    /**
     * No sideways scrolling at the viewport's width (wide tables scroll inside their own box). Charts
     * redraw to their box when the layout settles (the drawer opening), so this waits a little for that.
     */
    private static void assertFits(Browser browser) {
        browser.waiting(10).withMessage(() -> "the page scrolls sideways; sticking out: " + browser.overflowCulprits())
                .until(d -> browser.horizontalOverflow() <= 0);
    }

    private static WebElement card(Browser owner, String fixture) {
        String file = Path.of(fixture).getFileName().toString();
        String folder = fixture.contains("/fasthttp/") ? FAST : fixture.contains("/gin/") ? GIN : null;
        return owner.driver.findElements(By.cssSelector("#upload-files [data-file='" + file + "']")).stream()
                .filter(c -> folder == null || folder.equals(c.getDomAttribute("data-candidate")))
                .findFirst().orElseThrow(() -> new AssertionError("no card for " + fixture));
    }

    private static String status(WebElement card) {
        return card.findElement(By.className("bb-upload-status")).getDomProperty("textContent");
    }

    private static String expectedFormat(String fixture) {
        return switch (fixture.substring(0, fixture.indexOf('/'))) {
            case "sweep" -> "wrk";
            case "hey-csv" -> "hey-csv";
            case "hey" -> "hey";
            case "gc" -> "go-gctrace";
            case "go-bench" -> "go-bench";
            case "chaos" -> fixture.endsWith("events.csv") ? "chaos-events-csv" : "probe-log-csv";
            default -> throw new IllegalArgumentException(fixture);
        };
    }

    /** The first nine columns of a regression row as the compare view renders them (see RegressionTable). */
    private static List<String> expectedRow(JsonNode r) {
        String unit = r.get("unit").asString();
        String metric = r.get("metric").asString();
        double delta = r.get("deltaPercent").asDouble();
        return List.of(r.get("benchmark").asString(), metric + (metric.equals(unit) ? "" : " (" + unit + ")"),
                r.get("baseline").asString() + ": " + Format.number(r.get("baselineValue").asDouble(), unit),
                r.get("candidate").asString() + ": " + Format.number(r.get("candidateValue").asDouble(), unit),
                Figures.change(delta), p(r, "p"), p(r, "pAdjusted"), r.get("verdict").asString(), r.get("n").asString());
    }

    /** A p-value as the table prints it: "bootstrap only" or "–" where the rank test could not run (one run a side). */
    private static String p(JsonNode r, String field) {
        JsonNode p = r.get(field);
        if (p == null || p.isNull()) return r.hasNonNull("withinRun") ? "bootstrap only" : "–";
        return Figures.pValue(p.asDouble());
    }

    private static int rowIndex(Browser owner, WebElement grid, String benchmark, String metric) {
        List<List<String>> rows = owner.gridRows(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals(benchmark) && rows.get(i).get(1).startsWith(metric)) return i;
        }
        throw new AssertionError("no row " + benchmark + " " + metric + " in " + rows);
    }

    private static WebElement verdict(Browser owner, WebElement grid, int row) {
        return owner.gridCell(grid, row, 7).findElement(By.cssSelector("span[class*='bb-verdict-']"));
    }

    /** The verdict's class, and its colour: the theme's error colour for a regression. */
    private static void assertVerdictStyle(Browser owner, WebElement verdict, String expected) {
        assertThat(verdict.getDomAttribute("class")).contains("bb-verdict-" + expected.replace(' ', '-'));
        String colour = verdict.getCssValue("color");
        String error = (String) owner.driver.executeScript("""
                const probe = document.createElement('span');
                probe.style.color = 'var(--lumo-error-text-color)';
                document.body.appendChild(probe);
                const c = getComputedStyle(probe).color; probe.remove(); return c;""");
        if (expected.equals("regressed")) assertThat(rgb(colour)).isEqualTo(rgb(error));
        else assertThat(rgb(colour)).isNotEqualTo(rgb(error));
    }

    /** "rgba(r, g, b, a)" and "rgb(r, g, b)" as r,g,b. */
    private static String rgb(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        return parts[0] + "," + parts[1] + "," + parts[2];
    }

    private static String instancesOf(Browser owner, WebElement plans, String candidate) {
        return owner.gridRows(plans).stream().filter(r -> r.getFirst().equals(candidate)).findFirst().orElseThrow().get(2);
    }

    private static List<String> seriesNames(Browser owner, String chartId) {
        return seriesNames(owner, owner.driver.findElement(By.id(chartId)));
    }

    /** ApexCharts' series names as it writes them on the SVG groups (spaces become "x"). */
    @SuppressWarnings("unchecked")
    private static List<String> seriesNames(Browser owner, WebElement chart) {
        return (List<String>) owner.driver.executeScript("return [...arguments[0].querySelectorAll('.apexcharts-series[seriesName]')]"
                + ".map(s => s.getAttribute('seriesName'))", chart);
    }

    private static String shareValue(Browser visitor, String metric, String candidate) {
        return visitor.await(By.cssSelector("#share-figures td[data-metric='" + metric + "'][data-candidate='" + candidate
                + "'] .bb-share-value")).getDomProperty("textContent");
    }

    private static JsonNode candidate(JsonNode report, String name) {
        return report.get("candidates").valueStream().filter(c -> c.get("candidate").asString().equals(name))
                .findFirst().orElseThrow();
    }

    private static List<String> fileNames(JsonNode sources) {
        return sources.valueStream().map(s -> s.get("fileName").asString()).toList();
    }

    private static List<String> fileNames(List<JsonNode> sources) {
        return sources.stream().map(s -> s.get("fileName").asString()).toList();
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static int status(ApiClient api, String url) throws Exception {
        return api.http().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) return;
        try (var files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
