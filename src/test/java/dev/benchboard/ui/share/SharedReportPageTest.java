package dev.benchboard.ui.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.benchboard.api.ActAsEditor;
import dev.benchboard.export.FixtureEvaluation;
import dev.benchboard.share.CreatedShare;
import dev.benchboard.share.ShareService;
import dev.benchboard.ui.Format;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared page as a reader's browser receives it from {@code GET /r/{token}}: one static HTML
 * document (no Vaadin, no session), in the reader's order, every user-typed text escaped, served
 * with a strong ETag that answers 304, a strict Content-Security-Policy, and the same 404 for
 * unknown, revoked and expired links although the page's bytes are cached.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedReportPageTest {

    /** A candidate name a hostile editor could type: markup, an ampersand, quotes, and the end of a script element. */
    private static final String HOSTILE = "Echo <img src=x onerror=alert(1)> & \"friends\" </script>";

    @Autowired
    MockMvc mvc;

    @Autowired
    ShareService shares;

    @Autowired
    SharedPages pages;

    @Autowired
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping controllers;

    private FixtureEvaluation evaluation;
    private JsonNode report;
    private String token;
    private MockHttpServletResponse response;
    private Document page;
    /** The same link opened by a browser that prefers Simplified Chinese. */
    private MockHttpServletResponse chineseResponse;
    private Document chinesePage;

    @BeforeAll
    void sharedEvaluation() throws Exception {
        evaluation = FixtureEvaluation.create(mvc, "Shared page")
                .upload("hey-csv/ok.csv", HOSTILE)
                .upload("wrk/latency-ok.txt", "Gin")
                .upload("go-bench/baseline.txt", HOSTILE, "baseline", "true")
                .upload("go-bench/slowed.txt", HOSTILE);
        report = evaluation.json("/api/evaluations/{id}/report", evaluation.id);
        token = shares.create(evaluation.id, null).token();
        response = anonymous(get("/r/{token}", token).header("Accept-Language", "en-US,en;q=0.9,zh-CN;q=0.8")).getResponse();
        page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        chineseResponse = anonymous(get("/r/{token}", token).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")).getResponse();
        chinesePage = Jsoup.parse(chineseResponse.getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcResult anonymous(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(r -> {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            return r;
        })).andReturn();
    }

    @Test
    void aCompleteStaticPageWithoutVaadinOrSession() throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).startsWith("<!doctype html>");
        assertThat(page.select("script[src]").eachAttr("src")).containsExactly("assets/share.js");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("assets/share.css");
        // The only script element without src is the charts' data, which a browser never runs.
        assertThat(page.select("script:not([src])")).hasSize(1).allSatisfy(s -> assertThat(s.attr("type")).isEqualTo("application/json"));
        assertThat(page.select("[style]")).as("no inline style (style-src 'self')").isEmpty();
        assertThat(page.html()).doesNotContain("Vaadin").doesNotContain("vaadin");
        MvcResult again = anonymous(get("/r/{token}", token));
        assertThat(again.getRequest().getSession(false)).as("no session for a reader").isNull();
        assertThat(again.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(again.getResponse().getContentAsByteArray()).as("the cached bytes").isEqualTo(response.getContentAsByteArray());
    }

    @Test
    void strictContentSecurityPolicyAndRevalidatingCache() {
        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'").contains("script-src 'self';").contains("style-src 'self';")
                .contains("img-src 'self' data:").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-eval").doesNotContain("unsafe-inline").doesNotContain("nonce");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache, private");
        assertThat(response.getHeader("ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(response.getHeader("X-Robots-Tag")).isEqualTo("noindex");
        assertThat(page.selectFirst("meta[name=referrer]").attr("content")).isEqualTo("no-referrer");
    }

    @Test
    void aMatchingETagIs304WithoutBodyAnOtherOneGetsThePage() throws Exception {
        String etag = response.getHeader("ETag");
        MockHttpServletResponse notModified = anonymous(get("/r/{token}", token).header("If-None-Match", etag)).getResponse();
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        assertThat(notModified.getHeader("ETag")).isEqualTo(etag);
        MockHttpServletResponse stale = anonymous(get("/r/{token}", token).header("If-None-Match", "\"other\"")).getResponse();
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsByteArray()).isEqualTo(response.getContentAsByteArray());
    }

    @Test
    void revokedExpiredAndUnknownLinksAnswerTheSame404AtOnceAlthoughThePageIsCached() throws Exception {
        CreatedShare revoked = shares.create(evaluation.id, null);
        CreatedShare expired = shares.create(evaluation.id, null);
        String etag = null;
        for (CreatedShare s : List.of(revoked, expired)) {
            MockHttpServletResponse first = anonymous(get("/r/{token}", s.token())).getResponse();
            assertThat(first.getStatus()).isEqualTo(200);
            etag = first.getHeader("ETag");
        }
        shares.revoke(revoked.id());
        shares.setExpiry(expired.id(), Instant.now().minusSeconds(1));
        byte[] body = null;
        for (String t : List.of(revoked.token(), expired.token(), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "short")) {
            // With a matching ETag too: a browser's cached copy must not come back as 304.
            MockHttpServletResponse gone = anonymous(get("/r/{token}", t).header("If-None-Match", etag)).getResponse();
            assertThat(gone.getStatus()).as(t).isEqualTo(404);
            assertThat(gone.getHeader("ETag")).isNull();
            assertThat(gone.getHeader("Cache-Control")).isEqualTo("no-store");
            if (body == null) body = gone.getContentAsByteArray();
            assertThat(gone.getContentAsByteArray()).as("the same answer for every link that does not open").isEqualTo(body);
        }
        // Extra segments below a link, open or not, answer alike too (they fell to the Vaadin app's 404 page).
        for (String path : List.of("/r/x/y", "/r/x/y/z", "/r/" + revoked.token() + "/x", "/r/" + token + "/x",
                "/r/" + token + "/export", "/r/" + token + "/report.json/more")) {
            MockHttpServletResponse gone = anonymous(get(path).header("If-None-Match", etag)).getResponse();
            assertThat(gone.getStatus()).as(path).isEqualTo(404);
            assertThat(gone.getForwardedUrl()).as(path).isNull();
            assertThat(gone.getHeader("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(gone.getContentAsByteArray()).as(path).isEqualTo(body);
        }
        // …but not the page's own static files below /r/assets/: no controller takes them, the app's static files do
        // (they are served by the Vaadin servlet, which MockMvc does not run; ShareLoadIT loads them from a real app).
        for (String asset : List.of("/r/assets/share.js", "/r/assets/share.css")) {
            assertThat(controllers.getHandler(new org.springframework.mock.web.MockHttpServletRequest("GET", asset)))
                    .as(asset).isNull();
        }
        assertThat(controllers.getHandler(new org.springframework.mock.web.MockHttpServletRequest("GET", "/r/x/y"))).isNotNull();
        Document notFound = Jsoup.parse(new String(body, StandardCharsets.UTF_8));
        assertThat(notFound.getElementById("share-not-found").text()).contains("Shared report not found");
        assertThat(notFound.text()).doesNotContain("Shared page");
    }

    @Test
    void inTheReadersOrderWithTheSourcesCollapsedLast() {
        List<String> order = page.select("#share-recommendation, #share-figures-section, #share-charts-section, "
                + "#share-regressions-section, #share-requirements, #share-uploads-section").eachAttr("id");
        assertThat(order).containsExactly("share-recommendation", "share-figures-section", "share-charts-section",
                "share-regressions-section", "share-requirements", "share-uploads-section");
        Element sources = page.getElementById("share-uploads-section");
        assertThat(sources.tagName()).isEqualTo("details");
        assertThat(sources.hasAttr("open")).as("collapsed").isFalse();
        assertThat(sources.selectFirst("summary").text()).isEqualTo("From these 4 uploads (files and SHA-256)");
        assertThat(page.text()).doesNotContain("Hover");
        // The method behind a figure opens by tap (details), not only on hover.
        assertThat(page.select("#share-figures td[data-metric=p99] details.bb-share-method > summary")).isNotEmpty();
    }

    @Test
    void cellsKeepTheirDataAttributesAndClasses() {
        Element p99 = page.selectFirst("#share-figures td[data-metric=p99][data-candidate=Gin]");
        assertThat(p99).isNotNull();
        // wrk/latency-ok.txt prints "99% 15.30ms": Gin's P99 as the report states it.
        assertThat(p99.selectFirst(".bb-share-value").text()).isEqualTo(Format.number(15.3, "ms"));
        assertThat(page.select("#share-figures th[scope=row]").eachText()).contains("Latency P99", "Error rate");
        assertThat(page.select("#share-notes li")).isNotEmpty();
        var regressed = page.select("#share-regressions span.bb-share-verdict.bb-share-verdict-regressed");
        assertThat(regressed).isNotEmpty();
        assertThat(regressed.first().closest("tr").text()).contains("BenchmarkChecksum");
        assertThat(page.select("#share-sources td").eachText()).contains("ok.csv", "latency-ok.txt", "slowed.txt");
        assertThat(page.select("#share-sources code.bb-share-sha").eachText()).allMatch(h -> h.matches("[0-9a-f]{64}"));
        assertThat(page.select("#share-recommendation ol.bb-share-ranking > li")).hasSize(2);
        assertThat(page.select("#share-requirements .bb-kv > span").eachText())
                .containsSubsequence("P99 latency SLO", Format.number(25.0, "ms"));
        assertThat(page.getElementById("share-settings").text()).contains("2000 bootstrap resamples");
        assertThat(page.select("a[href]").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith(token + "/"))
                .contains(token + "/report.json", token + "/export/candidates.csv");
    }

    @Test
    void whatUsersTypedIsShownAsTextNeverAsMarkup() {
        assertThat(page.select("img")).as("no element from the candidate's name").isEmpty();
        assertThat(page.select("#share-figures thead th").eachText()).contains(HOSTILE);
        assertThat(page.select("#share-figures td[data-metric=p99]").eachAttr("data-candidate")).contains(HOSTILE);
        assertThat(page.select("#share-sources td").eachText()).contains(HOSTILE);
        assertThat(page.select("[onerror]")).isEmpty();
        // The charts' JSON cannot end its script element: "</script>" arrives as \u003c/script\u003e and reads back intact.
        Element data = page.getElementById("share-chart-data");
        assertThat(data.data()).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        JsonNode charts = JsonMapper.shared().readTree(data.data());
        assertThat(charts.at("/p99/bars").valueStream().map(b -> b.get("label").asString())).contains(HOSTILE);
    }

    @Test
    void theChartsDrawTheSnapshotsFigures() {
        JsonNode charts = JsonMapper.shared().readTree(page.getElementById("share-chart-data").data());
        JsonNode echo = report.get("candidates").valueStream()
                .filter(c -> c.get("candidate").asString().equals(HOSTILE)).findFirst().orElseThrow();
        JsonNode p99 = echo.at("/latency/latency/p99");
        JsonNode bar = charts.at("/p99/bars").valueStream().filter(b -> b.get("label").asString().equals(HOSTILE))
                .findFirst().orElseThrow();
        assertThat(bar.get("value").asDouble()).isEqualTo(p99.get("value").asDouble());
        assertThat(bar.get("low").asDouble()).isEqualTo(p99.get("ciLow").asDouble());
        assertThat(bar.get("high").asDouble()).isEqualTo(p99.get("ciHigh").asDouble());
        assertThat(bar.get("text").asString()).isEqualTo(Format.number(p99.get("value").asDouble(), "ms"));
        assertThat(charts.at("/p99/rule/text").asString()).isEqualTo("SLO " + Format.number(25.0, "ms"));
        assertThat(charts.at("/p99/axis/max").asDouble()).isGreaterThanOrEqualTo(25.0);
        assertThat(page.select("figure[data-chart]").eachAttr("id"))
                .containsExactly("share-p99-chart", "share-throughput-chart", "share-percentiles-chart");
        var cell = page.select("#share-figures td[data-metric=p99]").stream()
                .filter(td -> td.attr("data-candidate").equals(HOSTILE)).findFirst().orElseThrow();
        assertThat(cell.selectFirst(".bb-share-ci").text()).startsWith("95 % CI ");
    }

    @Test
    void theDownloadsAndTheNotFoundPageHaveTheSamePolicyAndNoSession() throws Exception {
        for (String path : List.of("/r/" + token + "/report.json", "/r/" + token + "/export/candidates.csv", "/r/unknown")) {
            MvcResult r = anonymous(get(path));
            assertThat(r.getResponse().getHeader("Content-Security-Policy")).as(path)
                    .isEqualTo(response.getHeader("Content-Security-Policy"));
            assertThat(r.getRequest().getSession(false)).as(path).isNull();
        }
        assertThat(pages.size()).as("pages kept as bytes").isPositive();
    }

    @Test
    void aChineseReaderGetsTheSamePageInChineseWithItsOwnETag() {
        assertThat(chineseResponse.getStatus()).isEqualTo(200);
        assertThat(chinesePage.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        // The headings a reader scans first, in Chinese; the English page keeps its words.
        assertThat(chinesePage.select("#share-recommendation > h2").text()).isEqualTo("推荐");
        assertThat(chinesePage.select("#share-figures-section > h2").text()).isEqualTo("各候选框架的关键指标");
        assertThat(chinesePage.select("#share-regressions-section > h2").text()).isEqualTo("回归");
        assertThat(chinesePage.select("#share-figures th[scope=row]").eachText()).contains("延迟 P99", "错误率");
        assertThat(chinesePage.selectFirst("#share-uploads-section summary").text()).isEqualTo("来自以下 4 次上传（文件及 SHA-256）");
        assertThat(page.select("#share-figures-section > h2").text()).isEqualTo("Headline figures per candidate");
        assertThat(page.select("#share-recommendation > h2").text()).isEqualTo("Recommendation");
        // The same snapshot: the same figures, the same candidates (typed names stay as typed, escaped).
        assertThat(chinesePage.select("#share-figures td[data-metric=p99] .bb-share-value").eachText())
                .isEqualTo(page.select("#share-figures td[data-metric=p99] .bb-share-value").eachText());
        assertThat(chinesePage.select("img, [onerror]")).isEmpty();
        assertThat(chinesePage.select("#share-figures thead th").eachText()).contains(HOSTILE);
        // Two languages, two pages: each has its own strong ETag, and both answers say they vary by language.
        assertThat(chineseResponse.getHeader("ETag")).matches("\"[A-Za-z0-9_-]{22}\"").isNotEqualTo(response.getHeader("ETag"));
        assertThat(response.getHeaders("Vary")).contains("Accept-Language");
        assertThat(chineseResponse.getHeaders("Vary")).contains("Accept-Language");
    }

    @Test
    void theChartsSayTheirWordsInTheReadersLanguageFromTheEmbeddedData() {
        JsonNode english = JsonMapper.shared().readTree(page.getElementById("share-chart-data").data());
        JsonNode chinese = JsonMapper.shared().readTree(chinesePage.getElementById("share-chart-data").data());
        assertThat(english.at("/p99/axis/title").asString()).isEqualTo("P99 latency (ms)");
        assertThat(chinese.at("/p99/axis/title").asString()).isEqualTo("P99 延迟（ms）");
        assertThat(chinese.at("/p99/title").asString()).isEqualTo("各候选框架的 P99 延迟");
        assertThat(chinese.at("/percentiles/axis/title").asString()).isEqualTo("延迟（ms）");
        assertThat(chinese.at("/p99/subtitle").asString()).isEqualTo("误差线：95 % 置信区间 · 虚线：SLO");
        assertThat(chinese.at("/p99/bars/0/value")).isEqualTo(english.at("/p99/bars/0/value"));
        assertThat(chinesePage.select("figure[data-chart] figcaption").eachText()).contains("各候选框架的吞吐量");
    }

    @Test
    void aChineseETagIsNotModifiedOnlyForTheChinesePage() throws Exception {
        String etag = chineseResponse.getHeader("ETag");
        MockHttpServletResponse same = anonymous(get("/r/{token}", token).header("Accept-Language", "zh-CN")
                .header("If-None-Match", etag)).getResponse();
        assertThat(same.getStatus()).isEqualTo(304);
        assertThat(same.getHeaders("Vary")).contains("Accept-Language");
        // The reader switched the browser to English: the Chinese copy is not "not modified", the English page comes.
        MockHttpServletResponse switched = anonymous(get("/r/{token}", token).header("Accept-Language", "en")
                .header("If-None-Match", etag)).getResponse();
        assertThat(switched.getStatus()).isEqualTo(200);
        assertThat(switched.getContentAsByteArray()).isEqualTo(response.getContentAsByteArray());
    }

    @Test
    void aLinkThatNoLongerOpensIs404AtOnceInTheReadersLanguage() throws Exception {
        CreatedShare revoked = shares.create(evaluation.id, null);
        assertThat(anonymous(get("/r/{token}", revoked.token()).header("Accept-Language", "zh-CN")).getResponse().getStatus())
                .isEqualTo(200);
        shares.revoke(revoked.id());
        MockHttpServletResponse gone = anonymous(get("/r/{token}", revoked.token()).header("Accept-Language", "zh-CN"))
                .getResponse();
        assertThat(gone.getStatus()).isEqualTo(404);
        Document notFound = Jsoup.parse(gone.getContentAsString(StandardCharsets.UTF_8));
        assertThat(notFound.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(notFound.getElementById("share-not-found").text()).contains("未找到分享的报告");
        assertThat(gone.getHeaders("Vary")).contains("Accept-Language");
    }
}
