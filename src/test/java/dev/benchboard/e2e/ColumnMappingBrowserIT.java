package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The "Map columns…" dialog in Chromium: the chaos driver's home-made CSV (fixtures/chaos/attribution) is
 * refused as unrecognised on the upload page; the dialog guesses fault/start/end from the header, previews
 * the first rows as read, and "Save & import" stores the file with its mapping, which then reads a file
 * of the same header uploaded over the API without one.
 */
class ColumnMappingBrowserIT {

    private static final Path DRIVER_LOG = Path.of("src/test/resources/fixtures/chaos/attribution/driver-log.csv");

    @Test
    void anUnrecognisedCsvIsMappedPreviewedSavedAndImported() throws Exception {
        Path data = Files.createTempDirectory("bb-e2e-mapping");
        try (RunningApp app = new RunningApp(data).start(); Browser owner = new Browser(1280, 900)) {
            owner.viewport(1280, 900, false);
            owner.signIn(app.url("/"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            ApiClient api = new ApiClient(app);
            long evaluation = api.createEvaluation("Mapping");
            owner.open(app.url("/evaluations/" + evaluation + "/upload"));
            owner.sendKeys(By.cssSelector("#upload-candidate input"), Keys.chord(Keys.CONTROL, "a"), "net/http", Keys.ENTER);
            owner.attachFiles(owner.await(By.id("upload")), List.of(DRIVER_LOG));

            WebElement open = owner.waiting(60).until(d -> d.findElements(By.cssSelector("vaadin-button.bb-map-columns"))
                    .stream().findFirst().orElse(null));
            owner.clickInView(open);
            owner.waiting(60).until(d -> d.findElements(By.cssSelector(".bb-mapping-message")).stream()
                    .anyMatch(e -> e.getText().contains("rows read cleanly")));
            String preview = owner.driver.findElement(By.cssSelector("vaadin-grid.bb-mapping-preview")).getText()
                    + owner.driver.executeScript("return [...document.querySelectorAll('vaadin-grid.bb-mapping-preview vaadin-grid-cell-content')].map(c => c.textContent).join('|')");
            // the first row as read: the start_iso cell as an instant (guessed: fault, start_iso, end_iso)
            assertThat(preview).contains("2026-12-07T15:42:07.033Z").contains("process-kill");
            owner.screenshot("column-mapping-dialog");

            owner.clickInView(owner.await(By.cssSelector("vaadin-button.bb-mapping-save")));
            owner.waiting(120).until(d -> !d.findElements(By.cssSelector("#upload-files [data-stored]")).isEmpty());
            String stored = owner.driver.findElement(By.cssSelector("#upload-files [data-stored]")).getAttribute("data-stored");

            JsonNode upload = ApiClient.json(api.get("/api/uploads/" + stored).body());
            assertThat(upload.get("format").asString()).isEqualTo("mapped-csv");
            assertThat(upload.get("outages").asInt()).isEqualTo(9);
            assertThat(upload.get("mapping").asString()).contains("\"name\":\"driver-log\"").contains("start_iso");

            List<String> lines = Files.readAllLines(DRIVER_LOG);
            var again = api.upload(evaluation, "Gin", "part.csv", (String.join("\n", lines.subList(0, 4)) + "\n").getBytes());
            assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            assertThat(ApiClient.json(again.body()).get("format").asString()).isEqualTo("mapped-csv");
        }
    }
}
