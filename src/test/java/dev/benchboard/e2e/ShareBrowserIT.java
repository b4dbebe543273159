package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ui.Format;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Share links end to end on the packaged app: an evaluation built through the REST API, a link made
 * in the owner's UI and one through the API, the shared page (static HTML, no Vaadin) opened in a
 * browser that never saw the app showing the figures the report API gives, in a reader's order, at
 * desktop and phone width (390 px, everything reachable by tap), without a session cookie or a
 * Content-Security-Policy violation, and the link answering 404 once revoked.
 */
class ShareBrowserIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void sharedReportShowsTheFrozenFiguresReadOnlyAndIsGoneOnceRevoked() throws Exception {
        Path data = Files.createTempDirectory("bb-e2e-share");
        try (RunningApp app = new RunningApp(data).start()) {
            run(app);
        } finally {
            deleteTree(data);
            // The app's H2 URL is "jdbc:h2:file:./${benchboard.data-dir}/…", so an absolute data dir lands under
            // the working directory (./tmp/bb-e2e-share…): remove that copy too.
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
        long evaluation = createEvaluation(app);
        upload(app, evaluation, "hey-csv/ok.csv", "Echo");        // per-request data: P99 with an interval
        upload(app, evaluation, "gc/leak-gctrace.txt", "Echo");
        upload(app, evaluation, "wrk/latency-ok.txt", "Gin");     // wrk's own percentiles, no interval
        upload(app, evaluation, "gc/healthy-gctrace.txt", "Gin");
        upload(app, evaluation, "chaos/events.csv", "Gin");
        upload(app, evaluation, "go-bench/baseline.txt", "Echo", "baseline", "true");
        upload(app, evaluation, "go-bench/slowed.txt", "Echo");
        JsonNode report = json(send(app, HttpRequest.newBuilder(uri(app, "/api/evaluations/" + evaluation + "/report")), 200));

        String fromDialog = shareFromTheOverview(app, evaluation);
        JsonNode created = json(send(app, HttpRequest.newBuilder(uri(app, "/api/evaluations/" + evaluation + "/shares"))
                .POST(HttpRequest.BodyPublishers.noBody()), 201));
        String url = created.get("url").asString();
        assertThat(url).startsWith(app.url("/r/"));

        try (Browser browser = new Browser(1280, 900)) {
            browser.open(url);
            checkSharedPage(browser, report, created.get("token").asString());
            browser.screenshot("share");
            fullPage(browser, 1280, 1, "share-full");

            // Printed: the same page without its buttons and download links.
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.driver.findElement(By.id("share-print")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.id("download-json")).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.id("share-figures")).isDisplayed()).isTrue();
            browser.screenshot("share-print");
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

            browser.open(fromDialog);
            WebElement title = browser.await(By.id("share-title"));
            browser.waiting(30).until(d -> !title.getText().isEmpty());
            assertThat(title.getText()).isEqualTo("Shared checkout");
        }

        try (Browser phone = new Browser(390, 844)) {
            // Headless Chromium keeps windows at least 500 px wide: emulate the phone's viewport instead.
            emulate(phone, 390, 844, true);
            phone.open(url);
            readersOrderByTap(phone);
            phone.await(By.cssSelector("#share-p99-chart[rendered] svg"));
            assertThat(p99Cell(phone, "Echo")).isEqualTo(Format.number(p99(report, "Echo").get("value").asDouble(), "ms"));
            Long pageWidth = (Long) phone.driver.executeScript("return document.documentElement.scrollWidth");
            Long viewport = (Long) phone.driver.executeScript("return document.documentElement.clientWidth");
            assertThat(pageWidth).as("the page does not scroll sideways at 390 px; wide tables scroll in their box")
                    .isLessThanOrEqualTo(viewport);
            Long tableBox = (Long) phone.driver.executeScript(
                    "const t = document.getElementById('share-figures'); return t.parentElement.clientWidth");
            assertThat(tableBox).isLessThanOrEqualTo(viewport);
            phone.screenshot("share-phone");
            fullPage(phone, 390, 1, "share-phone-full");
            emulate(phone, 390, 844, true);
            assertThat(phone.driver.manage().getCookies()).as("a reader gets no session cookie").isEmpty();
            assertThat(phone.contentSecurityPolicyViolations()).as("CSP violations on the share page").isEmpty();

            assertThat(send(app, HttpRequest.newBuilder(URI.create(url)), 200).body()).contains("<html");
            send(app, HttpRequest.newBuilder(uri(app, "/api/shares/" + created.get("id").asLong())).DELETE(), 204);

            phone.open(url);
            phone.awaitText(By.id("share-not-found"), "Shared report not found");
            assertThat(phone.driver.getPageSource()).doesNotContain("Shared checkout");
            phone.screenshot("share-revoked");
        }
        // The real HTTP status, for the page and for its downloads; an unknown token answers the same.
        send(app, HttpRequest.newBuilder(URI.create(url)), 404);
        send(app, HttpRequest.newBuilder(URI.create(url + "/report.json")), 404);
        send(app, HttpRequest.newBuilder(uri(app, "/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")), 404);
        send(app, HttpRequest.newBuilder(URI.create(fromDialog)), 200);
    }

    /** The owner's side: "Share" on the overview, "Create link", the absolute link shown once. */
    private String shareFromTheOverview(RunningApp app, long evaluation) throws Exception {
        try (Browser owner = new Browser(1280, 900)) {
            owner.signIn(app.url("/evaluations/" + evaluation), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            String link = owner.createShareLink(app.url("/evaluations/" + evaluation));
            assertThat(link).startsWith(app.url("/r/")).matches(".*/r/[A-Za-z0-9_-]{43}");
            owner.awaitText(By.id("share-url-once"), "only time it is shown");
            owner.screenshot("share-dialog");
            owner.click("share-done");
            owner.waiting(30).until(d -> owner.gridCells("share-links").stream().anyMatch(c -> c.equals("active")));
            assertThat(owner.gridCells("share-links")).contains("r/" + link.substring(link.lastIndexOf('/') + 1, link.lastIndexOf('/') + 7) + "…");
            owner.driver.executeScript("document.getElementById('shares').scrollIntoView()");
            owner.screenshot("share-panel");
            return link;
        }
    }

    private static void checkSharedPage(Browser browser, JsonNode report, String token) {
        assertThat(browser.awaitText(By.id("share-title"), "Shared checkout").getText()).isEqualTo("Shared checkout");
        assertThat(browser.driver.findElement(By.id("share-snapshot")).getText()).startsWith("Snapshot taken at ");
        assertThat(browser.driver.findElements(By.tagName("vaadin-app-layout"))).as("no workspace layout").isEmpty();
        // The only links are the snapshot's own downloads.
        List<String> hrefs = browser.driver.findElements(By.tagName("a")).stream().map(a -> a.getDomAttribute("href")).toList();
        assertThat(hrefs).isNotEmpty().allMatch(h -> h.startsWith(token + "/"));

        for (String candidate : List.of("Echo", "Gin")) {
            assertThat(p99Cell(browser, candidate)).as(candidate + " P99")
                    .isEqualTo(Format.number(p99(report, candidate).get("value").asDouble(), "ms"));
        }
        JsonNode echo = p99(report, "Echo");
        assertThat(cell(browser, "p99", "Echo").findElement(By.className("bb-share-ci")).getDomProperty("textContent"))
                .contains("95 % CI " + Format.number(echo.get("ciLow").asDouble(), "ms") + " – "
                        + Format.number(echo.get("ciHigh").asDouble(), "ms"));
        JsonNode gin = candidate(report, "Gin");
        assertThat(cell(browser, "mttr", "Gin").findElement(By.className("bb-share-value")).getDomProperty("textContent"))
                .isEqualTo(Format.number(gin.at("/reliability/report/service/mttrSeconds").asDouble(), "s"));
        assertThat(cell(browser, "gcPauseP99", "Echo").findElement(By.className("bb-share-value")).getDomProperty("textContent"))
                .isEqualTo(Format.number(candidate(report, "Echo").at("/gc/headline/pauseP99Ms").asDouble(), "ms"));
        // The sources are collapsed (<details>): their text is in the page, shown on a tap.
        assertThat(browser.driver.findElement(By.id("share-sources")).getDomProperty("textContent"))
                .contains("events.csv").contains("latency-ok.txt").contains("ok.csv").contains("slowed.txt");
        assertThat(browser.driver.findElement(By.id("share-recommendation")).getText()).contains("Recommended:");
        // go-bench/slowed.txt: only Checksum was slowed (scipy Mann-Whitney p = 0.00018, see RegressionApiTest).
        List<WebElement> regressed = browser.driver.findElements(By.cssSelector("#share-regressions .bb-share-verdict-regressed"));
        assertThat(regressed).isNotEmpty().allMatch(v -> v.getText().equals("regressed"));
        assertThat(regressed.getFirst().findElement(By.xpath("./ancestor::tr")).getText()).contains("BenchmarkChecksum");

        browser.await(By.cssSelector("#share-p99-chart[rendered] svg"));
        browser.await(By.cssSelector("#share-throughput-chart[rendered] svg"));
        assertThat(browser.driver.findElements(By.cssSelector("#share-p99-chart .bb-bar-area"))).hasSize(2);
        assertThat(browser.driver.findElement(By.cssSelector("#share-p99-chart .bb-rule-label")).getText())
                .contains("SLO 25 ms");
        // Each bar says its value in words beside it: nothing needs hover.
        assertThat(browser.driver.findElements(By.cssSelector("#share-p99-chart .bb-bar-value")).stream().map(WebElement::getText))
                .contains(Format.number(p99(report, "Echo").get("value").asDouble(), "ms"));
        assertThat(browser.driver.findElements(By.cssSelector("#share-percentiles-chart .bb-legend li"))).hasSize(2);
        assertThat(browser.driver.manage().getCookies()).as("a reader gets no session cookie").isEmpty();
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations on the share page").isEmpty();
    }

    /**
     * Issue 14, item 5: on a phone the recommendation comes first, then the figures, charts and verdicts;
     * the uploads come last, collapsed, and open with a tap; a figure's method opens with a tap too.
     */
    private static void readersOrderByTap(Browser phone) {
        List<String> order = List.of("share-recommendation", "share-figures-section", "share-charts-section",
                "share-regressions-section", "share-uploads-section");
        List<Long> tops = order.stream().map(id -> (Long) phone.driver.executeScript(
                "return Math.round(document.getElementById(arguments[0]).getBoundingClientRect().top + window.scrollY)", id)).toList();
        assertThat(tops).as("top of " + order).isSorted();
        assertThat(tops.getFirst()).as("the recommendation within the first screen").isLessThan(844L);
        WebElement sha = phone.driver.findElement(By.cssSelector("#share-sources .bb-share-sha"));
        assertThat(sha.isDisplayed()).as("sources collapsed").isFalse();
        phone.driver.findElement(By.cssSelector("#share-uploads-section > summary")).click();
        assertThat(sha.isDisplayed()).as("sources open on a tap").isTrue();
        assertThat(sha.getText()).matches("[0-9a-f]{64}");
        WebElement method = phone.driver.findElement(By.cssSelector("#share-figures td[data-metric=p99] details.bb-share-method"));
        phone.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", method);
        method.findElement(By.tagName("summary")).click();
        assertThat(method.findElement(By.tagName("div")).isDisplayed()).isTrue();
        assertThat(phone.driver.findElement(By.tagName("body")).getText()).doesNotContain("Hover");
    }

    private static void emulate(Browser browser, int width, int height, boolean mobile) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** A screenshot of the whole shared page, for review: the viewport made as tall as the page's content. */
    private static void fullPage(Browser browser, int width, int scale, String name) throws Exception {
        Long height = (Long) browser.driver.executeScript(
                "return document.querySelector('.bb-share-root').scrollHeight");
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height.intValue(), "deviceScaleFactor", scale, "mobile", width < 500));
        Thread.sleep(500); // charts re-layout on resize
        browser.screenshot(name);
    }

    private static WebElement cell(Browser browser, String metric, String candidate) {
        return browser.await(By.cssSelector("#share-figures td[data-metric='" + metric + "'][data-candidate='" + candidate + "']"));
    }

    private static String p99Cell(Browser browser, String candidate) {
        return cell(browser, "p99", candidate).findElement(By.className("bb-share-value")).getDomProperty("textContent");
    }

    private static JsonNode candidate(JsonNode report, String name) {
        return report.get("candidates").valueStream().filter(c -> c.get("candidate").asString().equals(name))
                .findFirst().orElseThrow();
    }

    private static JsonNode p99(JsonNode report, String name) {
        return candidate(report, name).at("/latency/latency/p99");
    }

    private long createEvaluation(RunningApp app) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(app, "/api/evaluations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "Shared checkout", "requirements": {"targetQps": 20000, "p99SloMs": 25,
                         "availabilitySlo": 0.999, "headroomPercent": 30, "redundancy": 1}}"""));
        return json(send(app, request, 201)).get("id").asLong();
    }

    /** multipart/form-data by hand: the file and the candidate, as curl -F would send them. */
    private void upload(RunningApp app, long evaluation, String fixture, String candidate, String... fields) throws Exception {
        String boundary = "bb" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String fileName = Path.of(fixture).getFileName().toString();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"candidate\"\r\n\r\n" + candidate
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(FIXTURES.resolve(fixture)));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        send(app, HttpRequest.newBuilder(uri(app, "/api/evaluations/" + evaluation + "/uploads"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), 201);
    }

    private String token;

    /** API calls carry the admin's Bearer token (minted once with HTTP Basic); share pages are fetched without. */
    private HttpResponse<String> send(RunningApp app, HttpRequest.Builder request, int expectedStatus) throws Exception {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        if (built.uri().getPath().startsWith("/api/")) {
            if (token == null) token = new ApiClient(app).token();
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
                + response.body()).isEqualTo(expectedStatus);
        return response;
    }

    private static URI uri(RunningApp app, String path) {
        return URI.create(app.url(path));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }
}
