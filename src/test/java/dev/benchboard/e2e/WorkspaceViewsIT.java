package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opt-in benchmark (issue 15): every workspace view of an evaluation with 40 uploads in headless Chromium, the time
 * until the view shows its content, three ways:
 * <ul>
 * <li>full load, cold: {@code driver.get} of the view's URL, the report of this data version not computed yet for it
 *     (the first view computes it, the others find it cached);</li>
 * <li>full load, warm: the same again. A full load includes Vaadin's boot (the Upload view, which draws no report,
 *     shows the floor of it on this machine), so these are printed for information only;</li>
 * <li>in-app navigation, warm: what a user does between the evaluation's tabs: a click on the view's tab in the
 *     section navigation of another view of the same evaluation (the router navigates, no reload), the report
 *     cached. Timed by the browser's clock from the click event to the content, median of {@link #ROUNDS} rounds;
 *     this is what must stay under {@link #LIMIT_MS}.</li>
 * </ul>
 * Run with
 * <pre>./benchboard mvn -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=WorkspaceViewsIT -Dbenchboard.bench.views=true</pre>
 * The 40 uploads are real fixture files (src/test/resources/fixtures, see their READMEs): two concurrency sweeps of 9
 * wrk runs, 12 Go GC traces, 8 chaos files, 11 load-test outputs of hey, wrk, JMeter, k6 and raw CSV. The app runs
 * with evidence queries refused under a Vaadin session ({@code EvidenceQueryGuard}): a view that queried on the UI
 * thread would show an error instead of its content, and fail here.
 *
 * <p>What "shows its content" means, per view, is a selector that holds only once the figures are drawn (never while
 * "Computing the report…" is shown), inside the view navigated to (its tab is the current one in the section
 * navigation, so the previous view's content never counts).
 */
class WorkspaceViewsIT {

    static final long LIMIT_MS = 500;

    /** In-app navigations per view; the median is reported and asserted (the machine is shared, one slow frame is noise). */
    static final int ROUNDS = 3;

    /** Four candidates, ten files each. */
    static final Map<String, List<String>> UPLOADS = new LinkedHashMap<>();

    static {
        List<String> gin = new ArrayList<>();
        List<String> fast = new ArrayList<>();
        for (String c : List.of("c1", "c2", "c4", "c8", "c16", "c32", "c64", "c128", "c256")) {
            gin.add("sweep/gin/" + c + ".txt");
            fast.add("sweep/fasthttp/" + c + ".txt");
        }
        gin.add("gc/gin-gogc100-steady.txt");
        fast.add("gc/gogc50-gctrace.txt");
        UPLOADS.put("Gin", gin);
        UPLOADS.put("fasthttp", fast);
        UPLOADS.put("net/http", List.of("gc/nethttp-gogc50-steady.txt", "gc/nethttp-gogc100-steady.txt",
                "gc/nethttp-gogc200-steady.txt", "chaos/events.csv", "chaos/probe-log.csv", "chaos/outage-table.csv",
                "hey-csv/ok.csv", "hey/ok.txt", "wrk/latency-ok.txt", "raw-latency-csv/requests.csv"));
        UPLOADS.put("Echo", List.of("gc/gogc150-gctrace.txt", "gc/leak-gctrace.txt", "gc/healthy-gctrace.txt",
                "gc/ansi-pacer-gctrace.txt", "chaos/events.json", "chaos/litmus/chaosresult-list.json",
                "hey-csv/flaky.csv", "jmeter-jtl/results.jtl", "wrk/errors.txt", "k6-ndjson/k6-out.json.gz"));
    }

    /** Path suffix, label and the selector that holds once the view shows its content. */
    static final List<String[]> VIEWS = List.of(
            new String[] {"", "Overview", "#recommendation"},
            new String[] {"/upload", "Upload", "#upload"},
            new String[] {"/compare", "Compare", "#compare-percentiles[rendered] svg"},
            new String[] {"/reliability", "Reliability", "[id^='reliability-'] vaadin-grid"},
            new String[] {"/gc", "GC", ".bb-gc-trace [rendered] svg"},
            new String[] {"/capacity", "Capacity", "#capacity-plans"},
            new String[] {"/decision", "Decision", "#decision-summary > *"});

    /**
     * Resolves with performance.now() once the view whose tab has this href is the current one, the selector matches
     * and no progress bar is shown (checked every frame).
     */
    static final String AWAIT_CONTENT = """
            const href = arguments[0], selector = arguments[1], done = arguments[arguments.length - 1];
            (function check() {
              const current = document.querySelector('nav.bb-sections a.current');
              if (current && current.getAttribute('href') === href && document.querySelector(selector)
                  && !document.querySelector('vaadin-progress-bar')) done(performance.now());
              else requestAnimationFrame(check);
            })();""";

    /**
     * Clicks the tab with this href in the current view's section navigation and resolves with the ms from the click
     * event to the content of the view navigated to (as {@link #AWAIT_CONTENT}). Should the click reload the page
     * instead of navigating in the app, this script's document is gone and the driver fails with an error.
     */
    static final String CLICK_AND_AWAIT_CONTENT = """
            const href = arguments[0], selector = arguments[1], done = arguments[arguments.length - 1];
            const link = [...document.querySelectorAll('nav.bb-sections a')].find(a => a.getAttribute('href') === href);
            let clicked;
            window.addEventListener('click', () => clicked = performance.now(), {capture: true, once: true});
            link.click();
            (function check() {
              const current = document.querySelector('nav.bb-sections a.current');
              if (current && current.getAttribute('href') === href && document.querySelector(selector)
                  && !document.querySelector('vaadin-progress-bar')) done(performance.now() - clicked);
              else requestAnimationFrame(check);
            })();""";

    /** The href of a view's tab in the section navigation (as ReportPage.navigation writes it). */
    static String href(long evaluation, String[] view) {
        return "evaluations/" + evaluation + view[0];
    }

    /** Chrome's performance counters (seconds of main-thread work since the page was opened, among others). */
    @SuppressWarnings("unchecked")
    static Map<String, Double> metrics(Browser browser) {
        Map<String, Double> values = new java.util.HashMap<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) browser.driver.executeCdpCommand("Performance.getMetrics",
                Map.of()).get("metrics")) {
            values.put((String) m.get("name"), ((Number) m.get("value")).doubleValue());
        }
        return values;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @Test
    void everyWorkspaceViewOfFortyUploadsShowsItsContentWithinHalfASecondWarm() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("benchboard.bench.views"), "opt-in: -Dbenchboard.bench.views=true");
        Path data = Files.createTempDirectory("bb-views");
        try (RunningApp app = new RunningApp(data, "--benchboard.ui.forbid-evidence-queries-on-ui-thread=true").start();
             Browser browser = new Browser(1280, 900)) {
            ApiClient api = new ApiClient(app);
            long evaluation = api.createEvaluation("Forty uploads");
            int stored = 0;
            for (Map.Entry<String, List<String>> candidate : UPLOADS.entrySet()) {
                for (String fixture : candidate.getValue()) {
                    Path file = Path.of("src/test/resources/fixtures", fixture);
                    HttpResponse<String> response = api.upload(evaluation, candidate.getKey(),
                            fixture.replace('/', '-'), Files.readAllBytes(file));
                    assertThat(response.statusCode()).as(fixture + ": " + response.body()).isEqualTo(201);
                    stored++;
                }
            }
            assertThat(stored).isEqualTo(40);
            browser.signIn(app.url("/"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
            Map<String, double[]> times = new LinkedHashMap<>();
            for (String[] view : VIEWS) {
                double[] t = new double[3];
                for (int visit = 0; visit < 2; visit++) {
                    browser.driver.get(app.url("/evaluations/" + evaluation + view[0]));
                    t[visit] = ((Number) browser.driver.executeAsyncScript(AWAIT_CONTENT, href(evaluation, view), view[2]))
                            .doubleValue();
                }
                times.put(view[1], t);
            }
            // In-app: from the last view, a click on each tab in turn (each from the view before it), ROUNDS times.
            // Where the time goes (printed, not asserted): the browser's main-thread work during the navigation
            // (Chrome's own counters: script, layout, style), the rest being the wait for the server and idle frames.
            browser.driver.executeCdpCommand("Performance.enable", Map.of());
            double[][] clicks = new double[VIEWS.size()][ROUNDS];
            double[][] busy = new double[VIEWS.size()][4];
            for (int round = 0; round < ROUNDS; round++) {
                for (int v = 0; v < VIEWS.size(); v++) {
                    String[] view = VIEWS.get(v);
                    Map<String, Double> before = metrics(browser);
                    clicks[v][round] = ((Number) browser.driver.executeAsyncScript(CLICK_AND_AWAIT_CONTENT,
                            href(evaluation, view), view[2])).doubleValue();
                    Map<String, Double> after = metrics(browser);
                    String[] counters = {"TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration"};
                    for (int i = 0; i < counters.length; i++) {
                        busy[v][i] += (after.get(counters[i]) - before.get(counters[i])) * 1000 / ROUNDS;
                    }
                }
            }
            for (int v = 0; v < VIEWS.size(); v++) times.get(VIEWS.get(v)[1])[2] = median(clicks[v]);
            StringBuilder table = new StringBuilder("\nWorkspace views, evaluation of 40 uploads, headless Chromium, ms"
                    + " until the view shows its content (full load: from navigation start; in-app: from the click on its"
                    + " tab in another view, median of " + ROUNDS + ")\n| View | full load, cold | full load, warm"
                    + " | in-app navigation, warm | in-app rounds |\n|---|---:|---:|---:|---|\n");
            for (int v = 0; v < VIEWS.size(); v++) {
                double[] t = times.get(VIEWS.get(v)[1]);
                table.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %s |%n", VIEWS.get(v)[1], t[0], t[1], t[2],
                        java.util.Arrays.stream(clicks[v]).mapToObj(c -> String.format(Locale.ROOT, "%.0f", c))
                                .collect(java.util.stream.Collectors.joining(" / "))));
            }
            table.append("\nIn-app navigation, warm: the browser's main thread, mean ms per navigation, and what the view"
                    + " holds\n| View | main thread busy | script | layout | style | elements | charts |\n|---|---:|---:|---:|---:|---:|---:|\n");
            for (int v = 0; v < VIEWS.size(); v++) {
                table.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f |", VIEWS.get(v)[1], busy[v][0],
                        busy[v][1], busy[v][2], busy[v][3]));
                browser.driver.get(app.url("/evaluations/" + evaluation + VIEWS.get(v)[0]));
                browser.driver.executeAsyncScript(AWAIT_CONTENT, href(evaluation, VIEWS.get(v)), VIEWS.get(v)[2]);
                table.append(browser.driver.executeScript("""
                        const all = root => [...root.querySelectorAll('*')].reduce((n, e) => n + 1 + (e.shadowRoot ? all(e.shadowRoot) : 0), 0);
                        return ' ' + all(document) + ' | ' + document.querySelectorAll('bb-apex-chart').length + ' |';""")).append('\n');
            }
            System.out.println(table);
            assertThat(app.log()).as("no evidence query on the UI thread").doesNotContain("evidence query on the UI thread");
            times.forEach((view, t) -> assertThat(t[2]).as(view + " in-app navigation, warm, ms").isLessThan(LIMIT_MS));
        }
    }
}
