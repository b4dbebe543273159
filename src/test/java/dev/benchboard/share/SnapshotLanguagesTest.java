package dev.benchboard.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.benchboard.common.Json;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.format.Sentence;
import dev.benchboard.report.DecisionService;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.RegressionRow;
import dev.benchboard.report.ReportService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A share link freezes the demo's report and decision in every language the app is written in, each sentence as
 * Jackson writes it for that language; the shared JSON download gives the reader's language, and a snapshot stored
 * before snapshots had languages reads English in every language.
 */
@SpringBootTest(properties = "benchboard.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SnapshotLanguagesTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ShareService shares;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    ReportService reports;

    @Autowired
    DecisionService decisions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private long demo() {
        return evaluations.list().stream().filter(EvaluationSummary::demo).findFirst().orElseThrow().id();
    }

    @Test
    void theDemosSnapshotCarriesEachRegressionReasonInChineseAndInEnglish() {
        long demo = demo();
        CreatedShare share = shares.create(demo, null);
        SharedSnapshot snapshot = shares.open(share.token()).orElseThrow();
        assertThat(snapshot.written().keySet()).containsExactlyInAnyOrderElementsOf(SharedSnapshot.LANGUAGES);

        EvaluationReport report = reports.report(demo);
        List<RegressionRow> rows = report.regressions();
        assertThat(rows).as("the demo has regression verdicts").hasSizeGreaterThan(5);
        JsonNode chinese = Json.mapper().readTree(snapshot.in(CHINESE).reportJson()).path("regressions");
        JsonNode english = Json.mapper().readTree(snapshot.reportJson()).path("regressions");
        assertThat(chinese.size()).isEqualTo(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            // What Jackson writes for the record with the writer's language set: the same whether reason is a String
            // (English in every language) or a Sentence (written in the language).
            assertThat(chinese.get(i).path("reason").asString()).as("row %d in Chinese", i)
                    .isEqualTo(reason(rows.get(i), CHINESE)).isNotBlank();
            assertThat(english.get(i).path("reason").asString()).as("row %d in English", i)
                    .isEqualTo(reason(rows.get(i), Locale.ENGLISH));
        }
        assertThat(snapshot.reportJson()).as("the English snapshot is the API's JSON")
                .isEqualTo(Json.write(report)).isEqualTo(Json.write(report, Locale.ENGLISH));
        assertThat(Json.mapper().readTree(snapshot.in(CHINESE).decisionJson()))
                .isEqualTo(Json.mapper().readTree(Json.write(decisions.decide(demo), CHINESE)));
        assertThat(Json.mapper().readTree(snapshot.decisionJson()))
                .isEqualTo(Json.mapper().readTree(Json.write(decisions.decide(demo))));
    }

    @Test
    void theSharedJsonDownloadFollowsTheReadersLanguage() throws Exception {
        long demo = demo();
        CreatedShare share = shares.create(demo, null);
        SharedSnapshot snapshot = shares.open(share.token()).orElseThrow();
        MockHttpServletResponse zh = mvc.perform(get("/r/{token}/report.json", share.token())
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")).andReturn().getResponse();
        MockHttpServletResponse en = mvc.perform(get("/r/{token}/report.json", share.token())
                .header("Accept-Language", "en-US,en;q=0.9")).andReturn().getResponse();
        assertThat(zh.getStatus()).isEqualTo(200);
        assertThat(zh.getHeaders("Vary")).contains("Accept-Language");
        assertThat(Json.mapper().readTree(zh.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).path("report"))
                .isEqualTo(dev.benchboard.export.SharedReport.of(snapshot, CHINESE).report());
        assertThat(Json.mapper().readTree(en.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).path("report"))
                .isEqualTo(dev.benchboard.export.SharedReport.of(snapshot, Locale.ENGLISH).report());
    }

    @Test
    void aSnapshotStoredBeforeLanguagesReadsEnglishInEveryLanguage() {
        CreatedShare share = shares.create(demo(), null);
        // The column as it was written before: the English report and decision, no languages.
        jdbc.update("update share_link set snapshot_json = ? where id = ?",
                Json.write(java.util.Map.of("report", "{\"evaluation\":\"old\"}", "decision", "{}")), share.id());
        SharedSnapshot old = shares.open(share.token()).orElseThrow();
        assertThat(old.in(CHINESE).reportJson()).isEqualTo("{\"evaluation\":\"old\"}").isEqualTo(old.reportJson());
        assertThat(old.in(CHINESE).decisionJson()).isEqualTo("{}");
    }

    /** The reason as Jackson writes the row in {@code language}. */
    private static String reason(RegressionRow row, Locale language) {
        return Json.mapper().readTree(Json.mapper().writer().withAttribute(Sentence.LANGUAGE, language).writeValueAsString(row))
                .path("reason").asString();
    }
}
