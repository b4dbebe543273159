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
 * Opt-in benchmark (issue 15): every workspace view of an evaluation with 40 uploads, opened twice in headless
 * Chromium, the time from the start of the navigation until the view shows its content, cold (first visit: the report
 * is computed) and warm (second visit: the report of this data version is cached). Run with
 * <pre>./benchboard mvn -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=WorkspaceViewsIT -Dbenchboard.bench.views=true</pre>
 * The 40 uploads are real fixture files (src/test/resources/fixtures, see their READMEs): two concurrency sweeps of 9
 * wrk runs, 12 Go GC traces, 8 chaos files, 11 load-test outputs of hey, wrk, JMeter, k6 and raw CSV. The app runs
 * with evidence queries refused under a Vaadin session ({@code EvidenceQueryGuard}): a view that queried on the UI
 * thread would show an error instead of its content, and fail here.
 *
 * <p>What "shows its content" means, per view, is a selector that holds only once the figures are drawn (never while
 * "Computing the report…" is shown); it is the same on the code before the change, so before and after compare
 * alike. Time is the browser's own clock from navigation start ({@code performance.now()}), so it includes the
 * page load, Vaadin's boot, the server round trips and the drawing.
 */
class WorkspaceViewsIT {

    static final long LIMIT_MS = 500;

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

    /** Resolves with performance.now() once the selector matches and no progress bar is shown (checked every frame). */
    static final String AWAIT_CONTENT = """
            const selector = arguments[0], done = arguments[arguments.length - 1];
            (function check() {
              if (document.querySelector(selector) && !document.querySelector('vaadin-progress-bar')) done(performance.now());
              else requestAnimationFrame(check);
            })();""";

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
                double[] visits = new double[2];
                for (int visit = 0; visit < 2; visit++) {
                    browser.driver.get(app.url("/evaluations/" + evaluation + view[0]));
                    Object shown = browser.driver.executeAsyncScript(AWAIT_CONTENT, view[2]);
                    visits[visit] = ((Number) shown).doubleValue();
                }
                times.put(view[1], visits);
            }
            StringBuilder table = new StringBuilder("\nWorkspace views, evaluation of 40 uploads (ms from navigation start"
                    + " to content, headless Chromium)\n| View | first visit | second visit (warm) |\n|---|---:|---:|\n");
            times.forEach((view, t) -> table.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f |%n", view, t[0], t[1])));
            System.out.println(table);
            assertThat(app.log()).as("no evidence query on the UI thread").doesNotContain("evidence query on the UI thread");
            times.forEach((view, t) -> assertThat(t[1]).as(view + " warm, ms").isLessThan(LIMIT_MS));
        }
    }
}
