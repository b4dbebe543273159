package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The upload page's batch flow in the real UI: one drop of five real files for one candidate, then per file its
 * own candidate, label and concurrency (hey prints none: fixtures/hey/README.md), "Store all" with its summary,
 * the refusals in words (an empty file, /etc/os-release, a wrk capture cut off before its summary), what was
 * stored as the API lists it, and the capacity planner over the two stated hey levels: the measured cores said,
 * linear scaling only as a labelled upper bound, a negative target refused inline with the plan cleared, and
 * each warning explained once above the table.
 */
class UploadFlowBrowserIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @Test
    void storeAllWithPerFileCandidateLabelAndConcurrency() throws Exception {
        Path data = Files.createTempDirectory("bb-e2e-upload-flow");
        Path drops = Files.createTempDirectory("bb-e2e-upload-files");
        try (RunningApp app = new RunningApp(data).start(); Browser owner = new Browser(1440, 1000)) {
            owner.viewport(1440, 1000, false);
            owner.signIn(app.url("/"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            ApiClient api = new ApiClient(app);
            long evaluation = api.createEvaluation("Upload flow");

            Path empty = Files.createFile(drops.resolve("empty.txt"));
            Path osRelease = Files.copy(Path.of("/etc/os-release"), drops.resolve("os-release"));
            List<Path> files = List.of(FIXTURES.resolve("hey/c16.txt"), FIXTURES.resolve("hey/c64.txt"),
                    FIXTURES.resolve("sweep/fasthttp/c8.txt"), FIXTURES.resolve("wrk/cut-before-latency.txt"), empty, osRelease);

            owner.open(app.url("/evaluations/" + evaluation + "/upload"));
            WebElement upload = owner.await(By.id("upload"));
            owner.sendKeys(By.cssSelector("#upload-candidate input"), Keys.chord(Keys.CONTROL, "a"), "Gin", Keys.ENTER);
            owner.awaitServer();
            owner.attachFiles(upload, files);
            owner.waiting(120).withMessage(() -> "read: " + text(owner, "upload-files"))
                    .until(d -> d.findElements(By.cssSelector("#upload-files [data-file]")).size() == files.size()
                            && d.findElements(By.cssSelector("#upload-files [data-file]")).stream()
                            .noneMatch(c -> status(c).startsWith("Reading") || status(c).startsWith("parsing")
                                    || status(c).startsWith("received")));

            // Refusals in words, each naming what to do.
            assertThat(card(owner, "empty.txt").getText()).contains("This file is empty (0 bytes)");
            assertThat(card(owner, "os-release").getText()).contains("Not a result file we know")
                    .contains("wrk text (--latency)").contains("hey text summary").contains("go test -bench text");
            assertThat(card(owner, "cut-before-latency.txt").getText()).contains("line 3")
                    .contains("'N requests in T, B read'").contains("cut off");
            // hey 0.1.4's DNS+dialup row no longer brings a warning nobody can act on.
            assertThat(card(owner, "c16.txt").findElements(By.className("bb-warning"))).isEmpty();
            assertThat(owner.driver.findElement(By.id("upload-store-all-button")).getText()).isEqualTo("Store all 3 ready files");

            // Per file: hey's concurrency (it prints none), a label, and the wrk file for another candidate.
            setField(owner, "c16.txt", "bb-file-concurrency", "16");
            awaitFact(owner, "c16.txt", "Stated on upload", "concurrency 16");
            setField(owner, "c64.txt", "bb-file-concurrency", "64");
            awaitFact(owner, "c64.txt", "Stated on upload", "concurrency 64");
            setField(owner, "c64.txt", "bb-file-label", "c64 run");
            awaitFact(owner, "c64.txt", "Stored for", "Gin · label “c64 run”");
            for (String hey : List.of("c16.txt", "c64.txt")) {
                setField(owner, hey, "bb-file-cores", "2");
                awaitFact(owner, hey, "Stated on upload", "concurrency " + (hey.equals("c16.txt") ? 16 : 64) + " · measured on 2 cores");
            }
            setField(owner, "c8.txt", "bb-file-candidate", "Fasthttp");
            owner.waiting(60).until(d -> "Fasthttp".equals(card(owner, "c8.txt").getDomAttribute("data-candidate")));
            owner.screenshot("upload-batch");

            owner.clickInView(owner.await(By.id("upload-store-all-button")));
            owner.waiting(120).withMessage(() -> "store all: " + text(owner, "upload-store-all"))
                    .until(d -> text(owner, "upload-store-all-status").equals("3 stored, 0 refused, 3 not stored (see below)"));
            assertThat(text(owner, "upload-store-all-summary")).contains("Not stored: empty.txt — This file is empty")
                    .contains("Not stored: os-release — Not a result file we know")
                    .contains("Not stored: cut-before-latency.txt — line 3");
            for (String stored : List.of("c16.txt", "c64.txt", "c8.txt")) {
                assertThat(status(card(owner, stored))).as(stored).matches("Stored as upload \\d+ for "
                        + (stored.equals("c8.txt") ? "Fasthttp" : "Gin") + " · 1 record");
            }

            // As the API lists them: candidate, label and the stated load with each run.
            Map<String, JsonNode> stored = ApiClient.json(ok(api.get("/api/evaluations/" + evaluation + "/uploads")))
                    .valueStream().collect(Collectors.toMap(u -> u.get("fileName").asString(), u -> u));
            assertThat(stored).containsOnlyKeys("c16.txt", "c64.txt", "c8.txt");
            assertThat(stored.get("c16.txt").get("candidate").asString()).isEqualTo("Gin");
            assertThat(stored.get("c16.txt").get("runs").get(0).get("concurrency").asDouble()).isEqualTo(16);
            assertThat(stored.get("c64.txt").get("runs").get(0).get("concurrency").asDouble()).isEqualTo(64);
            assertThat(stored.get("c64.txt").get("label").asString()).isEqualTo("c64 run");
            assertThat(stored.get("c8.txt").get("candidate").asString()).isEqualTo("Fasthttp");
            // wrk printed -c 8 itself ("2 threads and 8 connections")
            assertThat(stored.get("c8.txt").get("runs").get(0).get("concurrency").asDouble()).isEqualTo(8);

            // The evaluation's uploads show the load, stated or printed.
            owner.open(app.url("/evaluations/" + evaluation));
            WebElement grid = owner.await(By.cssSelector("#uploads vaadin-grid"));
            owner.waiting(30).until(d -> Long.valueOf(3).equals(owner.driver.executeScript("return arguments[0].size", grid)));
            String uploads = String.join("\n", owner.gridRows(grid).stream().map(r -> String.join(" | ", r)).toList());
            assertThat(uploads).contains("c 16 (stated)").contains("c 64 (stated)").contains("c 8");

            capacity(owner, app, evaluation);
        } finally {
            WorkflowBrowserIT.deleteTree(data);
            WorkflowBrowserIT.deleteTree(drops);
            WorkflowBrowserIT.deleteTree(Path.of("." + data.toAbsolutePath()));
        }
    }

    /** Gin's sweep is the two stated hey levels, measured on the 2 cores stated with them. */
    private static void capacity(Browser owner, RunningApp app, long evaluation) throws java.io.IOException {
        owner.open(app.url("/evaluations/" + evaluation + "/capacity"));
        WebElement plans = owner.await(By.id("capacity-plans"));
        owner.waiting(60).until(d -> text(owner, "capacity-plans").contains("Gin"));
        assertThat(owner.driver.findElement(By.className("bb-instance-size")).getText())
                .startsWith("The sweep was measured on 2 cores");

        // hey's P99 was 65.7 ms at -c 16 and 127 ms at -c 64 (fixtures/hey): an SLO between them gives a capacity.
        owner.type("capacity-slo", "100");
        owner.sendKeys(By.cssSelector("#capacity-slo input"), Keys.TAB);
        owner.awaitServer();
        // 2 → 8 cores: the measured plan stays, the labelled linear upper bound appears (× 8/2).
        owner.type("capacity-cores", "8");
        owner.sendKeys(By.cssSelector("#capacity-cores input"), Keys.TAB);
        owner.awaitServer();
        owner.waiting(30).until(d -> text(owner, "capacity-plans").contains("× 8/2 cores"));
        String legend = text(owner, "capacity-warning-legend");
        assertThat(legend).contains("W1 — ");
        // Each warning once: the legend has no repeated line; rows carry only codes.
        List<String> lines = legend.lines().filter(l -> l.matches("W\\d+ — .*")).toList();
        assertThat(lines).doesNotHaveDuplicates();
        assertThat(owner.driver.findElements(By.className("bb-warning-codes")).stream().map(WebElement::getText).toList())
                .allMatch(t -> t.equals("–") || t.matches("⚠ (W\\d+ ?)+"));
        owner.screenshot("capacity-cores");

        // A negative target: the field says why, the plan is cleared rather than left standing.
        owner.type("capacity-target", "-5");
        owner.sendKeys(By.cssSelector("#capacity-target input"), Keys.TAB);
        owner.awaitServer();
        WebElement target = owner.await(By.id("capacity-target"));
        owner.waiting(30).until(d -> target.getDomAttribute("invalid") != null);
        assertThat(target.getDomProperty("errorMessage")).isEqualTo("the target load must be above 0 req/s");
        assertThat(text(owner, "capacity-invalid")).startsWith("No plan: the target load must be above 0 req/s");
        assertThat(owner.driver.executeScript("return arguments[0].size", plans)).isEqualTo(0L);

        owner.type("capacity-target", "20000");
        owner.sendKeys(By.cssSelector("#capacity-target input"), Keys.TAB);
        owner.awaitServer();
        owner.waiting(30).until(d -> target.getDomAttribute("invalid") == null && text(owner, "capacity-plans").contains("Gin"));
    }

    private static void setField(Browser owner, String file, String fieldClass, String value) {
        WebElement input = card(owner, file).findElement(By.cssSelector("." + fieldClass + " input"));
        owner.clickInView(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.ENTER);
        input.sendKeys(Keys.TAB);
        owner.awaitServer();
    }

    private static void awaitFact(Browser owner, String file, String key, String value) {
        owner.waiting(60).withMessage(() -> file + ": " + card(owner, file).getText())
                .until(d -> value.equals(owner.keyValues(card(owner, file)).get(key)));
    }

    private static WebElement card(Browser owner, String file) {
        return owner.driver.findElement(By.cssSelector("#upload-files [data-file='" + file + "']"));
    }

    private static String status(WebElement card) {
        return card.findElement(By.className("bb-upload-status")).getDomProperty("textContent");
    }

    private static String text(Browser owner, String id) {
        return owner.driver.findElement(By.id(id)).getText();
    }

    private static String ok(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
