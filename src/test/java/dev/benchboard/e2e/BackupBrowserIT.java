package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * Backup and restore in the browser on the packaged app: "Download backup" on an evaluation's page
 * gives the archive the API gives; "Restore from backup" on the evaluations list turns it into a new
 * evaluation and opens it; a truncated archive is refused with its reason on the page and nothing stored.
 */
class BackupBrowserIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @Test
    void downloadAndRestoreThroughTheUi() throws Exception {
        Path data = Files.createTempDirectory("bb-e2e-backup");
        Path archive = Files.createTempFile("bb-e2e-backup", ".zip");
        Path truncated = Files.createTempFile("bb-e2e-truncated", ".zip");
        try (RunningApp app = new RunningApp(data).start()) {
            run(app, archive, truncated);
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(truncated);
            // As in ShareBrowserIT: the H2 file may also land under ./<absolute data dir>.
            for (Path root : List.of(data, Path.of("." + data.toAbsolutePath()))) {
                if (!Files.exists(root)) continue;
                try (var files = Files.walk(root)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
                }
            }
        }
    }

    private void run(RunningApp app, Path archive, Path truncated) throws Exception {
        ApiClient api = new ApiClient(app);
        long id = api.createEvaluation("Backup in the browser");
        assertThat(api.upload(id, "Echo", "ok.csv", Files.readAllBytes(FIXTURES.resolve("hey-csv/ok.csv"))).statusCode()).isEqualTo(201);
        assertThat(api.upload(id, "Gin", "leak-gctrace.txt", Files.readAllBytes(FIXTURES.resolve("gc/leak-gctrace.txt")))
                .statusCode()).isEqualTo(201);
        HttpResponse<byte[]> fromApi = api.http().send(api.request("/api/evaluations/" + id + "/backup").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fromApi.statusCode()).isEqualTo(200);

        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(app.url("/evaluations/" + id), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            browser.open(app.url("/evaluations/" + id));
            WebElement link = browser.await(By.id("download-backup"));
            assertThat(link.getText()).contains("Download backup");
            browser.screenshot("backup-overview");
            // The link's bytes, fetched with the browser's session (as a click would download them).
            String fetched = (String) browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(async r => {
                      const bytes = new Uint8Array(await r.arrayBuffer());
                      let s = '';
                      for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
                      done(r.status + ' ' + r.headers.get('content-disposition') + '\\n' + btoa(s));
                    }).catch(e => done('failed ' + e));
                    """, link.getDomProperty("href"));
            String[] answer = fetched.split("\n", 2);
            assertThat(answer[0]).startsWith("200 ").contains("benchboard-backup-in-the-browser-").contains(".zip");
            byte[] zip = Base64.getDecoder().decode(answer[1]);
            Map<String, byte[]> entries = entries(zip);
            Map<String, byte[]> apiEntries = entries(fromApi.body());
            assertThat(entries.keySet()).containsExactly("evaluation.json", "uploads/00001.json", "uploads/00002.json",
                    "manifest.json");
            for (String upload : List.of("uploads/00001.json", "uploads/00002.json")) {
                assertThat(entries.get(upload)).as(upload).isEqualTo(apiEntries.get(upload));
            }
            JsonNode manifest = ApiClient.json(new String(entries.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(manifest.get("appVersion").asString()).as("the packaged app knows its version")
                    .isNotEqualTo("development build").isNotBlank();
            Files.write(archive, zip);
            Files.write(truncated, Arrays.copyOf(zip, zip.length / 2));

            int before = evaluations(api).size();
            browser.open(app.url("/evaluations"));
            fileInput(browser).sendKeys(truncated.toAbsolutePath().toString());
            browser.waiting(60).until(d -> browser.driver.findElement(By.id("restore-status")).getText()
                    .contains("was not restored, nothing was stored"));
            assertThat(browser.driver.findElement(By.id("restore-status")).getText())
                    .contains("the zip archive is incomplete or damaged (a truncated download?)");
            browser.screenshot("backup-restore-refused");
            assertThat(evaluations(api)).hasSize(before);

            fileInput(browser).sendKeys(archive.toAbsolutePath().toString());
            browser.waiting(60).until(d -> d.getCurrentUrl().matches(".*/evaluations/\\d+$")
                    && !d.getCurrentUrl().endsWith("/evaluations/" + id));
            String url = browser.driver.getCurrentUrl();
            long restored = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            browser.waiting(30).until(d -> browser.driver.findElement(By.id("evaluation-title")).getText()
                    .equals("Backup in the browser"));
            browser.screenshot("backup-restored");
            assertThat(evaluations(api)).hasSize(before + 1);
            JsonNode uploads = ApiClient.json(api.get("/api/evaluations/" + restored + "/uploads").body());
            JsonNode original = ApiClient.json(api.get("/api/evaluations/" + id + "/uploads").body());
            assertThat(uploads).hasSize(2);
            for (int i = 0; i < 2; i++) {
                assertThat(uploads.get(i).get("sha256")).isEqualTo(original.get(i).get("sha256"));
                assertThat(uploads.get(i).get("accepted")).isEqualTo(original.get(i).get("accepted"));
            }

            // A viewer may download a backup but is offered no restore.
            browser.open(app.url("/users"));
            browser.click("new-user");
            browser.type("user-name", "backup-viewer");
            browser.type("user-password", "viewer password 123");
            browser.click("save-user");
            browser.waiting(30).until(d -> browser.gridCells("users").contains("backup-viewer"));
            browser.click("logout");
            browser.await(By.id("login-form"));
            browser.signIn(app.url("/evaluations"), "backup-viewer", "viewer password 123");
            browser.await(By.id("evaluations"));
            assertThat(browser.driver.findElements(By.id("restore-backup"))).isEmpty();
            browser.open(app.url("/evaluations/" + id));
            assertThat(browser.await(By.id("download-backup")).isDisplayed()).isTrue();
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        }
    }

    /** vaadin-upload's file input (in its light DOM or its shadow root, depending on the version). */
    private static WebElement fileInput(Browser browser) {
        WebElement upload = browser.await(By.id("restore-backup"));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        return light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : light.getFirst();
    }

    private static JsonNode evaluations(ApiClient api) throws Exception {
        return ApiClient.json(api.get("/api/evaluations").body());
    }

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) entries.put(e.getName(), in.readAllBytes());
        }
        return entries;
    }
}
