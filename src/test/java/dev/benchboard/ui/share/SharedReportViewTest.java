package dev.benchboard.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import dev.benchboard.api.ActAsEditor;
import dev.benchboard.export.FixtureEvaluation;
import dev.benchboard.export.ReportExports;
import dev.benchboard.export.SharedReport;
import dev.benchboard.share.CreatedShare;
import dev.benchboard.share.ShareService;
import dev.benchboard.ui.Format;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The shared page as the server builds it: the read-only blocks are one Vaadin node each (the tree
 * does not grow with table cells), carry the ids, classes and data attributes the page had as
 * components, and escape what users typed (candidate names are free text, the page is public).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedReportViewTest {

    /** A candidate name a hostile editor could type: markup, an ampersand and quotes. */
    private static final String HOSTILE = "Echo <img src=x onerror=alert(1)> & \"friends\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    ShareService shares;

    @Autowired
    ReportExports exports;

    private JsonNode report;
    private Div page;
    private String token;

    @BeforeAll
    void sharedEvaluation() throws Exception {
        FixtureEvaluation evaluation = FixtureEvaluation.create(mvc, "Shared page")
                .upload("hey-csv/ok.csv", HOSTILE)
                .upload("wrk/latency-ok.txt", "Gin")
                .upload("go-bench/baseline.txt", HOSTILE, "baseline", "true")
                .upload("go-bench/slowed.txt", HOSTILE);
        report = evaluation.json("/api/evaluations/{id}/report", evaluation.id);
        CreatedShare share = shares.create(evaluation.id, null);
        token = share.token();
        SharedReport shared = exports.shared(token).orElseThrow();
        page = SharedReportView.page(shared, token);
    }

    private static Stream<Element> tree(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(SharedReportViewTest::tree));
    }

    private Document block(String id) {
        Element block = tree(page.getElement()).filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElseThrow();
        return Jsoup.parseBodyFragment(block.getProperty("innerHTML"));
    }

    @Test
    void theReadOnlyBlocksAreOneNodeEach() {
        long nodes = tree(page.getElement()).count();
        Document figures = block("share-figures-section");
        long cells = figures.select("#share-figures td").size();
        assertThat(cells).as("11 figures × 2 candidates").isEqualTo(22);
        // Before, every row, cell, span and text was a node of its own: about 250 for one candidate.
        assertThat(nodes).as("Vaadin nodes on the page").isLessThan(60);
    }

    @Test
    void cellsKeepTheirDataAttributesAndClasses() {
        Document figures = block("share-figures-section");
        var p99 = figures.selectFirst("#share-figures td[data-metric=p99][data-candidate=Gin]");
        assertThat(p99).isNotNull();
        // wrk/latency-ok.txt prints "99% 15.30ms": Gin's P99 as the report states it.
        assertThat(p99.selectFirst(".bb-share-value").text()).isEqualTo(Format.number(15.3, "ms"));
        assertThat(figures.select("#share-figures th[scope=row]").eachText()).contains("Latency P99", "Error rate");
        assertThat(figures.select("#share-notes li")).isNotEmpty();
        assertThat(figures.selectFirst("div.bb-share-scroll > table#share-figures.bb-share-table > thead > tr > th").text())
                .isEqualTo("Figure");

        Document regressions = block("share-regressions-section");
        var regressed = regressions.select("#share-regressions span.bb-share-verdict.bb-share-verdict-regressed");
        assertThat(regressed).isNotEmpty();
        assertThat(regressed.first().closest("tr").text()).contains("BenchmarkChecksum");

        Document sources = block("share-uploads-section");
        assertThat(sources.select("#share-sources td").eachText()).contains("ok.csv", "latency-ok.txt", "slowed.txt");
        assertThat(block("share-recommendation").select("ol.bb-share-ranking > li")).hasSize(2);
        assertThat(block("share-requirements").select(".bb-kv > span").eachText())
                .containsSubsequence("P99 latency SLO", Format.number(25.0, "ms"));
        assertThat(block("share-settings").text()).contains("bootstrap resamples");
    }

    @Test
    void whatUsersTypedIsShownAsTextNeverAsMarkup() {
        Document figures = block("share-figures-section");
        assertThat(figures.select("img")).as("no element from the candidate's name").isEmpty();
        assertThat(figures.select("#share-figures thead th").eachText()).contains(HOSTILE);
        assertThat(figures.select("#share-figures td[data-metric=p99]").eachAttr("data-candidate")).contains(HOSTILE);
        assertThat(block("share-regressions-section").select("img")).isEmpty();
        assertThat(block("share-recommendation").select("img")).isEmpty();
        assertThat(block("share-uploads-section").select("#share-sources td").eachText()).contains(HOSTILE);
    }

    @Test
    void theSnapshotIsTheReportOfItsMoment() {
        JsonNode echo = report.get("candidates").valueStream()
                .filter(c -> c.get("candidate").asString().equals(HOSTILE)).findFirst().orElseThrow();
        var cell = block("share-figures-section").select("#share-figures td[data-metric=p99]").stream()
                .filter(td -> td.attr("data-candidate").equals(HOSTILE)).findFirst().orElseThrow();
        assertThat(cell.selectFirst(".bb-share-value").text())
                .isEqualTo(Format.number(echo.at("/latency/latency/p99/value").asDouble(), "ms"));
        assertThat(cell.selectFirst(".bb-share-ci").text()).startsWith("95 % CI ");
    }
}
