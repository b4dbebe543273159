package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.format.Figures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision view in a real browser over an evaluation filled through the REST API with real fixture
 * files (two candidates, load tests, GC traces and chaos runs). The view's ranking and sensitivity must
 * match GET /api/evaluations/{id}/decision; moving the throughput slider re-ranks live exactly where the
 * sensitivity entry says the top flips; saving the weights makes the API agree with what the view showed.
 * The demo evaluation (candidates, no uploads) shows "no evidence" and leads to the upload page.
 */
class DecisionBrowserIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One ranked card as the view shows it. */
    /** Views that query measured data under the session lock show an error instead (see EvidenceQueryGuard). */
    static final String NO_EVIDENCE_QUERY_ON_UI_THREAD = "--benchboard.ui.forbid-evidence-queries-on-ui-thread=true";

    record Shown(String candidate, int rank, double score, String scoreText) {}

    @Test
    void slidersReRankLiveWhereTheSensitivitySaysAndSavedWeightsMatchTheApi() throws Exception {
        Path data = Files.createTempDirectory("bb-e2e-decision");
        try (Browser browser = new Browser(1280, 800); RunningApp app = new RunningApp(data, NO_EVIDENCE_QUERY_ON_UI_THREAD).start()) {
            browser.signIn(app.url("/"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            // Weights: p99 raised to 0.3 (the rest the defaults) so that Fiber's lower P99 outweighs Gin's
            // higher throughput and ecosystem; the throughput slider can then hand the top to Gin.
            JsonNode created = postJson(app, "/api/evaluations", """
                    {"name": "Decision e2e", "requirements": {"targetQps": 20000, "p99SloMs": 25,
                     "availabilitySlo": 0.999, "headroomPercent": 30, "redundancy": 1},
                     "weights": {"p99": 0.3}}""");
            long id = created.get("id").asLong();
            upload(app, id, "Gin", "wrk/latency-ok.txt");
            upload(app, id, "Fiber", "hey/ok.txt");
            upload(app, id, "Gin", "gc/healthy-gctrace.txt");
            // gogc150, not gogc50: the GC report of main flags gogc50 as a leak (issue 12 item 1, a false positive being
            // fixed there), and a suspected leak now weighs against the candidate, which is not what this test is about.
            upload(app, id, "Fiber", "gc/gogc150-gctrace.txt");
            // The same seven outages in two formats: equal reliability, so the weighted score decides.
            upload(app, id, "Gin", "chaos/events.csv");
            upload(app, id, "Fiber", "chaos/events.json");

            JsonNode before = getJson(app, "/api/evaluations/" + id + "/decision");
            String topBefore = before.get("top").asString();
            JsonNode throughput = sensitivity(before, "throughput");
            JsonNode increase = throughput.get("increase");
            assertThat(increase.isNull()).as("fixture choice: raising the throughput weight flips the top: %s", throughput).isFalse();
            double threshold = increase.get("threshold").asDouble();
            String newTop = increase.get("newTop").asString();
            assertThat(threshold).isBetween(throughput.get("current").asDouble(), 1.0);
            assertThat(newTop).isNotEqualTo(topBefore);

            browser.open(app.url("/evaluations/" + id));
            browser.click("open-decision");
            browser.await(By.id("decision-top"));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/evaluations/" + id + "/decision");

            // Before: the view shows the API's ranking, scores and sensitivity.
            assertThat(top(browser)).isEqualTo(topBefore);
            assertThat(shown(browser)).isEqualTo(expected(before));
            WebElement row = browser.await(By.id("sensitivity-throughput"));
            assertThat(Double.parseDouble(row.getDomAttribute("data-increase-threshold"))).isEqualTo(threshold);
            assertThat(row.getText()).contains(Figures.precise(threshold) + " → " + newTop)
                    .contains(newTop + " takes the top if the throughput weight rises above " + Figures.precise(threshold));
            assertThat(browser.driver.findElements(By.id("no-evidence"))).as("both candidates have measurements").isEmpty();

            // Just below the threshold (on the 0.01 grid) the top stays; the other weights are unchanged.
            double below = Math.floor(threshold * 100 - 1e-6) / 100;
            if (below > throughput.get("current").asDouble()) {
                setField(browser, "weight-throughput-value", below);
                until(browser, () -> cellText(browser, "sensitivity-throughput", 1).equals(Figures.precise(below)));
                assertThat(top(browser)).as("throughput weight %s < threshold %s", below, threshold).isEqualTo(topBefore);
            }

            // The slider to its maximum (End key): 1.0 > threshold, so the sensitivity's new top leads.
            WebElement slider = browser.await(By.id("weight-throughput"));
            slider.sendKeys(Keys.END);
            until(browser, () -> cellText(browser, "sensitivity-throughput", 1).equals("1"));
            assertThat(browser.driver.findElement(By.id("weight-throughput-value")).getDomProperty("value")).isEqualTo("1");
            assertThat(top(browser)).as("throughput weight 1 > threshold %s", threshold).isEqualTo(newTop);
            assertThat(browser.driver.findElement(By.id("weights-status")).getText()).contains("not saved");
            // Nothing was saved: the API still answers with the stored weights.
            assertThat(getJson(app, "/api/evaluations/" + id + "/decision").get("top").asString()).isEqualTo(topBefore);

            // P99 weight to 0 (Home key); then save and compare the view with the API's decision.
            browser.await(By.id("weight-p99")).sendKeys(Keys.HOME);
            until(browser, () -> cellText(browser, "sensitivity-p99", 1).equals("0"));
            List<Shown> whatIf = shown(browser);
            String topWhatIf = top(browser);
            assertThat(whatIf).isNotEqualTo(expected(before));
            browser.screenshot("decision");

            click(browser, "save-weights");
            until(browser, () -> browser.driver.findElement(By.id("weights-status")).getText().contains("saved weights"));
            JsonNode evaluation = getJson(app, "/api/evaluations/" + id);
            assertThat(evaluation.at("/weights/throughput").asDouble()).isEqualTo(1.0);
            assertThat(evaluation.at("/weights/p99").asDouble()).isEqualTo(0.0);
            assertThat(evaluation.at("/weights/memory").asDouble()).isEqualTo(0.1);
            JsonNode after = getJson(app, "/api/evaluations/" + id + "/decision");
            assertThat(after.get("top").asString()).isEqualTo(topWhatIf).isEqualTo(newTop);
            assertThat(expected(after)).isEqualTo(whatIf);

            // The path: the rank node's evidence names the chaos uploads the reliability figures came from.
            click(browser, "tab-tree");
            click(browser, "dt-node-rank");
            until(browser, () -> textOf(browser, "node-evidence-title").equals("rank"));
            assertThat(textOf(browser, "node-evidence")).contains("events.csv").contains("events.json")
                    // The rank keys in words (issue 14), not the tree's "failureRatePerHour".
                    .contains("failure rate per hour").doesNotContain("failureRatePerHour");
            assertThat(browser.driver.findElement(By.id("dt-node-rank")).getDomAttribute("class")).contains("bb-dt-on-path");
            assertThat(textOf(browser, "dt-node-rank")).contains("rank by failure rate per hour (lowest first");
            browser.screenshot("decision-tree");

            // An invalid tree is refused with the JSON path of each problem, and nothing is saved.
            String treeBefore = getText(app, "/api/evaluations/" + id + "/decision-tree");
            click(browser, "tab-json");
            WebElement json = browser.await(By.cssSelector("#tree-json textarea"));
            json.sendKeys(Keys.chord(Keys.CONTROL, "a"), """
                    {"schemaVersion": 1, "id": "t", "title": "t", "start": "a", "nodes": [
                    {"id": "a", "question": "q", "test": {"fact": "p98", "aggregate": "max", "op": "lt", "value": 1},
                     "yes": {"next": "r"}, "no": {"next": "r"}},
                    {"id": "r", "question": "r", "rankBy": [{"fact": "p98", "order": "lowest"}]}]}""", Keys.TAB);
            click(browser, "save-tree");
            until(browser, () -> textOf(browser, "tree-problems").contains("Not saved"));
            assertThat(textOf(browser, "tree-problems")).contains("$.nodes[0].test.fact unknown fact 'p98'")
                    .contains("$.nodes[1].rankBy[0].fact unknown fact 'p98'").contains("2 problems");
            assertThat(getText(app, "/api/evaluations/" + id + "/decision-tree")).isEqualTo(treeBefore);
            browser.screenshot("decision-tree-json");

            // A valid tree saved (the one in force, unchanged) is a new data version: the decision is made again, off the
            // UI thread (evidence queries are refused there), and drawn anew with the same top as the API.
            WebElement shownTop = browser.await(By.id("decision-top"));
            click(browser, "discard-tree");
            click(browser, "save-tree");
            until(browser, () -> textOf(browser, "tree-problems").contains("Saved."));
            browser.waiting(30).until(ExpectedConditions.stalenessOf(shownTop));
            assertThat(browser.driver.findElements(By.id("decision-error"))).as("the decision after saving the tree").isEmpty();
            until(browser, () -> top(browser).equals(newTop));
            assertThat(getJson(app, "/api/evaluations/" + id + "/decision").get("top").asString()).isEqualTo(newTop);
            assertThat(app.log()).as("no evidence query on the UI thread").doesNotContain("evidence query on the UI thread");
        }
    }

    @Test
    void demoWithoutUploadsSaysNoEvidenceAndLeadsToTheUploadPage() throws Exception {
        Path data = Files.createTempDirectory("bb-e2e-decision-demo");
        // The demo's set-up and quoted figures only, without its measured uploads: every candidate lacks evidence.
        Path demoDir = Files.createTempDirectory("bb-e2e-demo-without-uploads");
        for (String file : List.of("evaluation.json", "quoted-figures.csv")) {
            Files.copy(Path.of("data/demo").resolve(file), demoDir.resolve(file));
        }
        try (Browser browser = new Browser(1280, 800);
             RunningApp app = new RunningApp(data, "--benchboard.demo.dir=" + demoDir.toAbsolutePath(),
                     NO_EVIDENCE_QUERY_ON_UI_THREAD).start()) {
            browser.signIn(app.url("/"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            long demo = demoId(app);
            JsonNode decision = getJson(app, "/api/evaluations/" + demo + "/decision");

            browser.open(app.url("/evaluations/" + demo + "/decision"));
            WebElement notice = browser.await(By.id("no-evidence"));
            assertThat(notice.getText()).contains("No candidate has measured evidence");
            assertThat(shown(browser)).isEqualTo(expected(decision));
            for (JsonNode r : decision.get("recommendation")) {
                if (r.get("excluded").asBoolean()) continue;
                String card = browser.driver.findElement(By.cssSelector(".bb-dt-card[data-candidate='"
                        + r.get("candidate").asString() + "']")).getText();
                assertThat(card).contains("No evidence for Throughput, P99 latency, Memory (RSS), GC pause P99 and Availability")
                        .contains("Upload results for " + r.get("candidate").asString());
            }
            browser.screenshot("decision-no-evidence");
            click(browser, "decision-upload-link");
            browser.await(By.id("upload"));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/evaluations/" + demo + "/upload");
        }
    }

    /** The demo is loaded once the app is ready, which can be just after it first answers HTTP. */
    private static long demoId(RunningApp app) throws Exception {
        for (int attempt = 0; attempt < 60; attempt++) {
            for (JsonNode e : getJson(app, "/api/evaluations")) {
                if (e.get("name").asString().contains("(demo)")) return e.get("id").asLong();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo evaluation was not loaded within 30 s");
    }

    /** Scrolls the element to the middle of the viewport first: at the bottom edge a click can land on the overlay. */
    private static void click(Browser browser, String id) {
        WebElement element = browser.await(By.id(id));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        browser.click(id);
    }

    /** Waits for a condition on a page the server re-renders: elements replaced meanwhile are read again. */
    private static void until(Browser browser, java.util.function.BooleanSupplier condition) {
        browser.waiting(30).ignoreAll(List.of(StaleElementReferenceException.class, NoSuchElementException.class,
                IndexOutOfBoundsException.class)).until(d -> condition.getAsBoolean());
    }

    /** The text of an element whether or not it is scrolled into view. */
    private static String textOf(Browser browser, String id) {
        return browser.driver.findElement(By.id(id)).getDomProperty("textContent");
    }

    private static String top(Browser browser) {
        return browser.driver.findElement(By.id("decision-top")).getText();
    }

    private static String cellText(Browser browser, String rowId, int column) {
        return browser.driver.findElements(By.cssSelector("#" + rowId + " td")).get(column).getText();
    }

    /** The ranked cards in page order, excluded ones left out (they have no rank or score). */
    private static List<Shown> shown(Browser browser) {
        List<Shown> shown = new ArrayList<>();
        for (WebElement card : browser.driver.findElements(By.cssSelector("#ranking .bb-dt-card[data-rank]"))) {
            WebElement score = card.findElement(By.className("bb-dt-score"));
            shown.add(new Shown(card.getDomAttribute("data-candidate"), Integer.parseInt(card.getDomAttribute("data-rank")),
                    Double.parseDouble(score.getDomAttribute("data-score")), score.getText()));
        }
        return shown;
    }

    /** What the view must show for a decision answered by the API, scores written as the UI writes them. */
    private static List<Shown> expected(JsonNode decision) {
        List<Shown> expected = new ArrayList<>();
        for (JsonNode r : decision.get("recommendation")) {
            if (r.get("rank").isNull()) continue;
            double score = r.get("score").asDouble();
            expected.add(new Shown(r.get("candidate").asString(), r.get("rank").asInt(), score, "score " + Figures.precise(score)));
        }
        return expected;
    }

    private static JsonNode sensitivity(JsonNode decision, String weight) {
        for (JsonNode e : decision.get("sensitivity")) if (e.get("weight").asString().equals(weight)) return e;
        throw new AssertionError("no sensitivity entry for " + weight + " in " + decision);
    }

    private static void setField(Browser browser, String id, double value) {
        WebElement input = browser.await(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(value), Keys.TAB);
    }

    private static final java.util.Map<Integer, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A Bearer token of the app's admin, minted once per app with HTTP Basic (see {@link ApiClient}). */
    private static String bearer(RunningApp app) {
        return "Bearer " + TOKENS.computeIfAbsent(app.port(), port -> {
            try {
                return new ApiClient(app).token();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static JsonNode getJson(RunningApp app, String path) throws Exception {
        return JsonMapper.shared().readTree(getText(app, path));
    }

    private static String getText(RunningApp app, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", bearer(app))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode postJson(RunningApp app, String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", bearer(app))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(201);
        return JsonMapper.shared().readTree(response.body());
    }

    /** POST /api/evaluations/{id}/uploads as multipart/form-data, as curl -F would. */
    private static void upload(RunningApp app, long evaluation, String candidate, String fixture) throws Exception {
        String boundary = "bb-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"candidate\"\r\n\r\n" + candidate + "\r\n");
        String fileName = Path.of(fixture).getFileName().toString();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.write(Files.readAllBytes(FIXTURES.resolve(fixture)));
        write(body, "\r\n--" + boundary + "--\r\n");
        String path = "/api/evaluations/" + evaluation + "/uploads";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", bearer(app))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("upload %s for %s: %s", fixture, candidate, response.body()).isEqualTo(201);
    }

    private static void write(ByteArrayOutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
