package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The packaged app in a real browser: the demo evaluation is listed and its chart renders; an
 * evaluation created through the UI survives a restart of the app on the same H2 file database.
 */
class FoundationBrowserIT {

    @Test
    void demoChartRendersAndCreatedEvaluationSurvivesRestart() throws Exception {
        Path data = Files.createTempDirectory("bb-e2e-data");
        String name = "Checkout API " + System.nanoTime();
        try (Browser browser = new Browser(1280, 800)) {
            try (RunningApp app = new RunningApp(data).start()) {
                browser.signIn(app.url("/"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
                browser.await(By.id("evaluations"));
                browser.awaitText("Pick an API framework (demo)");

                browser.driver.findElements(By.cssSelector("#evaluations vaadin-grid-cell-content")).stream()
                        .filter(cell -> cell.getText().contains("Pick an API framework (demo)"))
                        .findFirst().orElseThrow().click();
                browser.await(By.id("evaluation-title"));
                WebElement svg = browser.await(By.cssSelector("#quoted-throughput-chart[rendered] svg"));
                assertThat(svg.isDisplayed()).isTrue();
                assertThat(browser.driver.findElements(By.cssSelector("#quoted-throughput-chart .apexcharts-bar-area")))
                        .as("2 quoted scopes x 4 candidates (Chi's missing JSON-test figure is an empty bar)").hasSize(8);
                assertThat(browser.driver.findElement(By.cssSelector("#quoted-throughput-chart .apexcharts-legend")).getText())
                        .contains("plaintext-style reference (8 cores)").contains("72 h test, 1000 connections, JSON");
                // Both demo sweeps (data/demo/uploads/sweep-*) are nine wrk levels: the headline says they are pooled.
                browser.await(By.cssSelector(".bb-pooled-loads"));
                assertThat(browser.driver.findElements(By.cssSelector(".bb-pooled-loads")).stream().map(WebElement::getText).toList())
                        .containsExactlyInAnyOrder(
                                "⚠ Gin: throughput and percentiles pool runs at 9 concurrency levels; compare them level by level"
                                        + " (Compare) or read the sweep on the Capacity page.",
                                "⚠ Fiber: throughput and percentiles pool runs at 9 concurrency levels; compare them level by level"
                                        + " (Compare) or read the sweep on the Capacity page.");
                browser.screenshot("overview");
                assertThat(browser.contentSecurityPolicyViolations()).isEmpty();

                browser.open(app.url("/"));
                browser.click("new-evaluation");
                browser.type("evaluation-name", name);
                browser.click("save-evaluation");
                browser.await(By.id("evaluation-title"));
                browser.awaitText(name);
            }

            try (RunningApp restarted = new RunningApp(data).start()) {
                browser.signIn(restarted.url("/"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
                browser.await(By.id("evaluations"));
                browser.awaitText(name);
                assertThat(browser.gridCells("evaluations")).anyMatch(text -> text.contains(name));
                // The demo was loaded once, not again on the second start.
                assertThat(browser.gridCells("evaluations").stream()
                        .filter(text -> text.contains("Pick an API framework (demo)")).count()).isEqualTo(1);
                assertThat(restarted.log()).doesNotContain("Loaded demo evaluation");
            }
        }
    }
}
