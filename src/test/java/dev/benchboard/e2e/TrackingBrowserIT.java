package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * History and accepted regressions in the packaged app, on the ten real wrk runs of fixtures/tracking
 * (README there): uploaded in order through the API, the History view charts the P99 of each upload and
 * names the change point at the first run of the stalling build (E-divisive reference: index 5, see
 * HistoryApiTest); on the Compare view the two regressed rows are accepted with a note ("Accept…"), the
 * gate then passes, and "Undo" makes it fail again.
 */
class TrackingBrowserIT {

    private static final Path RUNS = Path.of("src/test/resources/fixtures/tracking");

    @Test
    void historyShowsTheChangePointAndRowsAreAcceptedAndUndone() throws Exception {
        Path data = Files.createTempDirectory("bb-e2e-tracking");
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
        long evaluation = api.createEvaluation("Tracking <b>history</b>");
        List<Path> files;
        try (var list = Files.list(RUNS)) {
            files = list.filter(p -> p.getFileName().toString().matches("run-\\d\\d-.*\\.txt")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            HttpResponse<String> r = api.upload(evaluation, "go-http", files.get(i).getFileName().toString(),
                    Files.readAllBytes(files.get(i)), "baseline", String.valueOf(i < 5), "label", "run " + (i + 1));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        String gate = "/api/evaluations/" + evaluation + "/gate?baseline=go-http&candidate=go-http";
        assertThat(api.get(gate).statusCode()).isEqualTo(422);

        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(app.url("/evaluations/" + evaluation + "/history"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            By p99Card = By.cssSelector(".bb-history[data-series='load test · 8 concurrent / P99']");
            WebElement card = browser.await(p99Card);
            browser.await(By.cssSelector(".bb-history[data-series='load test · 8 concurrent / P99'] bb-apex-chart[rendered] svg"));
            browser.awaitText(By.cssSelector(".bb-history[data-series='load test · 8 concurrent / P99'] .bb-change-points"),
                    "Change point at upload #6 (run 6), run-06-slowed.txt");
            // The chart marks the baseline uploads and the change point as series of their own (named in its legend).
            assertThat((String) browser.driver.executeScript("return arguments[0].querySelector('bb-apex-chart').textContent", card))
                    .contains("change point").contains("baseline");
            assertThat(browser.driver.findElements(By.cssSelector(".bb-history"))).hasSizeGreaterThanOrEqualTo(4);
            browser.driver.executeScript("arguments[0].scrollIntoView()", card);
            browser.screenshot("history");

            browser.open(app.url("/evaluations/" + evaluation + "/compare"));
            browser.await(By.cssSelector(".bb-regressions .bb-accept"));
            acceptFirst(browser, "stall added on purpose (fixture)");
            acceptFirst(browser, "throughput drop follows from the stall");
            browser.waiting(60).until(d -> d.findElements(By.cssSelector(".bb-regressions .bb-undo")).size() == 2);
            JsonNode acks = ApiClient.json(api.get("/api/evaluations/" + evaluation + "/acknowledgements").body());
            assertThat(acks.valueStream().map(a -> a.get("metric").asString()).toList()).containsExactlyInAnyOrder("P99", "throughput");
            assertThat(acks.valueStream().map(a -> a.get("createdBy").asString()).distinct().toList()).containsExactly(RunningApp.ADMIN);
            assertThat(api.get(gate).statusCode()).isEqualTo(200);
            // Accepted rows stay in the table, with who and why (cell text read from the DOM: the grid's cells
            // are slotted, WebDriver's visible text of the grid does not include them).
            browser.waiting(60).until(d -> d.findElements(By.cssSelector(".bb-regressions vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> String.valueOf(c.getDomProperty("textContent")).contains("accepted by admin")
                            && String.valueOf(c.getDomProperty("textContent")).contains("stall added on purpose (fixture)")));
            browser.screenshot("accepted-regressions");

            browser.clickInView(browser.await(By.cssSelector(".bb-regressions .bb-undo")));
            browser.waiting(60).until(d -> d.findElements(By.cssSelector(".bb-regressions .bb-undo")).size() == 1);
            assertThat(ApiClient.json(api.get("/api/evaluations/" + evaluation + "/acknowledgements").body())).hasSize(1);
            assertThat(api.get(gate).statusCode()).isEqualTo(422);
        }
    }

    private static void acceptFirst(Browser browser, String note) {
        int before = browser.driver.findElements(By.cssSelector(".bb-regressions .bb-undo")).size();
        browser.clickInView(browser.await(By.cssSelector(".bb-regressions .bb-accept")));
        browser.type("accept-note", note);
        browser.click("accept-confirm");
        browser.waiting(60).until(d -> d.findElements(By.cssSelector(".bb-regressions .bb-undo")).size() == before + 1);
    }
}
