package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Accounts in the packaged app: the login form refuses a wrong password, an admin creates a viewer in
 * the Users view, the viewer reads but sees no controls that change data and cannot open admin pages,
 * and an API token created in the UI works with the REST API with the viewer's rights.
 */
class AccountsBrowserIT {

    private static final String VIEWER = "vera";
    private static final String VIEWER_PASSWORD = "vera reads everything";

    @Test
    void adminCreatesAViewerWhoReadsWithTheUiAndAnApiToken() throws Exception {
        Path data = Files.createTempDirectory("bb-e2e-accounts");
        try (Browser browser = new Browser(1280, 900); RunningApp app = new RunningApp(data).start()) {
            browser.submitLogin(app.url("/evaluations"), RunningApp.ADMIN, "not the password");
            // The form's error is rendered inside its shadow DOM; ask the component what it shows.
            browser.waiting(60).until(d -> Boolean.TRUE.equals(browser.driver.executeScript(
                    "const f = document.getElementById('login-form'); return !!f && f.error === true")));
            assertThat(browser.driver.executeScript(
                    "return document.getElementById('login-form').i18n.errorMessage.title"))
                    .isEqualTo("Incorrect user name or password");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/login?error");

            browser.signIn(app.url("/evaluations"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            browser.await(By.id("evaluations"));
            assertThat(browser.driver.findElement(By.id("current-user")).getText()).isEqualTo(RunningApp.ADMIN);
            browser.open(app.url("/users"));
            browser.click("new-user");
            browser.type("user-name", VIEWER);
            browser.type("user-password", VIEWER_PASSWORD);
            browser.click("save-user");
            browser.waiting(30).until(d -> browser.gridCells("users").contains(VIEWER));
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
            browser.click("logout");
            browser.await(By.id("login-form"));

            browser.signIn(app.url("/"), VIEWER, VIEWER_PASSWORD);
            browser.await(By.id("evaluations"));
            browser.awaitText("Pick an API framework (demo)");
            assertThat(browser.driver.findElements(By.id("new-evaluation"))).noneMatch(WebElement::isDisplayed);
            assertThat(browser.driver.findElement(By.tagName("vaadin-side-nav")).getText()).contains("API tokens")
                    .doesNotContain("Users");
            browser.open(app.url("/users"));
            assertThat(browser.driver.findElements(By.id("users"))).as("a viewer cannot open the Users view").isEmpty();

            browser.open(app.url("/tokens"));
            browser.type("token-name", "nightly CI");
            browser.click("create-token");
            String token = browser.await(By.cssSelector("#new-token input")).getDomProperty("value");
            assertThat(token).startsWith("bb_").hasSize(46);
            browser.click("close-new-token");
            browser.waiting(30).until(d -> browser.gridCells("tokens").contains("nightly CI"));

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/evaluations")))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("Pick an API framework (demo)");
            HttpResponse<String> create = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/evaluations")))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"not allowed\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(create.statusCode()).isEqualTo(403);
            assertThat(create.body()).startsWith("{\"error\":");
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/evaluations")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();

            languageChosenInTheHeaderFollowsTheUser(browser, app);
        }
    }

    /**
     * The viewer picks 中文 in the header: the page is drawn again in Chinese, {@code <html lang>} says so, and the
     * choice is the account's: after signing out (a new session; the sign-in page follows the browser's English) and
     * in again, the workspace is Chinese. Back to English at the end.
     */
    private static void languageChosenInTheHeaderFollowsTheUser(Browser browser, RunningApp app) {
        browser.open(app.url("/tokens"));
        browser.await(By.id("tokens"));
        assertThat(htmlLang(browser)).isEqualTo("en");
        browser.select("language", "中文（简体）");
        browser.waiting(60).until(d -> d.findElements(By.tagName("vaadin-side-nav")).stream()
                .anyMatch(nav -> nav.getText().contains("API 令牌")));
        browser.await(By.id("tokens"));
        assertThat(htmlLang(browser)).isEqualTo("zh-CN");
        browser.awaitText("你的令牌");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("!zh:");

        browser.click("logout");
        browser.await(By.id("login-form"));
        assertThat(browser.driver.executeScript("return document.getElementById('login-form').i18n.form.title"))
                .as("the sign-in page follows the browser").isEqualTo("Sign in");
        browser.signIn(app.url("/tokens"), VIEWER, VIEWER_PASSWORD);
        browser.await(By.id("tokens"));
        browser.waiting(30).until(d -> "zh-CN".equals(htmlLang(browser)));
        assertThat(browser.driver.findElement(By.tagName("vaadin-side-nav")).getText()).contains("API 令牌", "术语表");

        browser.select("language", "English");
        browser.waiting(60).until(d -> d.findElements(By.tagName("vaadin-side-nav")).stream()
                .anyMatch(nav -> nav.getText().contains("API tokens")));
        browser.waiting(30).until(d -> "en".equals(htmlLang(browser)));
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    private static Object htmlLang(Browser browser) {
        return browser.driver.executeScript("return document.documentElement.lang");
    }
}
