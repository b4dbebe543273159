package dev.benchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.benchboard.security.Role;
import dev.benchboard.security.SecurityFixture;
import dev.benchboard.security.UserAccount;
import dev.benchboard.security.UserAccounts;
import jakarta.servlet.RequestDispatcher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Errors the servlet container answers outside Vaadin (an address the security chain refuses, a missing file, a
 * server error) get Benchboard's own page in the reader's language with their status, instead of Spring's English
 * "Whitelabel Error Page"; no class name, stack trace or part of the request on it; JSON clients keep JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.productionMode=true")   // a real server; no page of the workspace is opened
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ErrorPagesTest {

    /** A Java class or package name as a message would show it. */
    private static final Pattern CLASS_NAME = BadInputAnswersTest.CLASS_NAME;
    private static final String CHINESE_BROWSER = "zh-CN,zh;q=0.9,en;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anErrorOfTheContainerGetsOurPageWithItsStatusInTheBrowsersLanguage() throws Exception {
        // Over real HTTP, Tomcat's own error dispatch to /error: a share link's page answers GET only, so a POST is
        // refused by Spring MVC with 405 before any controller (outside Vaadin's router, like every such error). The
        // address (/r/<script>alert(1)</script>) is not written on the page, escaped or not.
        HttpResponse<String> zh = http.send(post("/r/%3Cscript%3Ealert(1)%3C/script%3E", "text/html", CHINESE_BROWSER),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(zh.statusCode()).as(zh.body()).isEqualTo(405);
        assertThat(zh.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        Document page = Jsoup.parse(zh.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.selectFirst("h1").text()).isEqualTo("无法处理此请求");
        assertThat(page.selectFirst("p").text()).isEqualTo("服务器对此请求返回了状态码 405。请返回后重试；如果问题持续出现，请告知管理员。");
        assertThat(page.selectFirst("#error-back").attr("href")).isEqualTo("/");
        assertThat(page.selectFirst("#error-back").text()).isEqualTo("返回评估列表");
        assertThat(zh.body()).doesNotContain("Whitelabel", "alert", "script>", "/r/%", "/r/<").doesNotContainPattern(CLASS_NAME);

        HttpResponse<String> en = http.send(post("/r/some-token", "text/html", "en-US,en;q=0.9"),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(en.statusCode()).isEqualTo(405);
        assertThat(Jsoup.parse(en.body()).selectFirst("h1").text()).isEqualTo("This request could not be answered");
    }

    @Test
    void aJsonClientKeepsItsJson() throws Exception {
        HttpResponse<String> json = http.send(post("/r/some-token", "application/json", CHINESE_BROWSER),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).as(json.body()).isEqualTo(405);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json.body()).doesNotContain("<html").doesNotContainPattern(CLASS_NAME);
    }

    private HttpRequest post(String path, String accept, String acceptLanguage) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).POST(HttpRequest.BodyPublishers.noBody())
                .header("Accept", accept).header("Accept-Language", acceptLanguage).build();
    }

    @Test
    void aSignedInReaderRefusedAnAddressReadsTheLanguageTheyChose() throws Exception {
        // What Tomcat dispatches after the security chain refuses /no-such-page with 403 for a signed-in user.
        UserAccount reader = SecurityFixture.from(context).user(Role.VIEWER);
        context.getBean(UserAccounts.class).setLanguage(reader.username(), "zh-CN");
        MockHttpServletResponse refused = mvc.perform(error(HttpStatus.FORBIDDEN, "/no-such-page")
                .with(user(reader.username()).roles("VIEWER")).header("Accept-Language", "en-US,en;q=0.9")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        Document page = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("h1").text()).as("the account's language wins over the browser's").isEqualTo("此页面不存在");
        assertThat(page.selectFirst("p").text()).isEqualTo("这个地址没有对应的页面，或者你的角色无权打开它。");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("no-such-page", "Whitelabel");
    }

    @Test
    void aServerErrorGivesAReferenceNotItsCause() throws Exception {
        MockHttpServletResponse failed = mvc.perform(error(HttpStatus.INTERNAL_SERVER_ERROR, "/somewhere")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail at dev.benchboard.X"))
                .header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(failed.getStatus()).isEqualTo(500);
        String body = failed.getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(body);
        assertThat(page.selectFirst("h1").text()).isEqualTo("This page could not be shown");
        assertThat(page.selectFirst("p").text()).matches("Something went wrong .* give your administrator the reference [0-9a-z]+ .*");
        assertThat(body).doesNotContain("secret detail", "somewhere", "Whitelabel").doesNotContainPattern(CLASS_NAME);

        MockHttpServletResponse other = mvc.perform(error(HttpStatus.METHOD_NOT_ALLOWED, "/x")
                .header("Accept-Language", CHINESE_BROWSER)).andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(405);
        assertThat(Jsoup.parse(other.getContentAsString(StandardCharsets.UTF_8)).selectFirst("p").text())
                .isEqualTo("服务器对此请求返回了状态码 405。请返回后重试；如果问题持续出现，请告知管理员。");
    }

    @Test
    void everyLanguageHasThePagesWords() {
        for (Locale locale : dev.benchboard.ui.i18n.Languages.SUPPORTED) {
            for (HttpStatus status : HttpStatus.values()) {
                if (!status.isError()) continue;
                String html = new String(ErrorPages.page(status, locale, "/ctx", "ref1"), StandardCharsets.UTF_8);
                assertThat(html).as("%s %s", locale, status).doesNotContain("!" + locale.getLanguage() + ":").contains("href=\"/ctx/\"");
            }
        }
    }

    /** The error dispatch as the container makes it: GET /error with the status and the refused address. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder error(HttpStatus status, String uri) {
        return get("/error").accept("text/html").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status.value())
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri);
    }
}
