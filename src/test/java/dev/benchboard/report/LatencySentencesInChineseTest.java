package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.common.Json;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.changepoint.ChangePointResult;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.common.StatsSettings;
import dev.benchboard.stats.latency.AcrossRunsSummary;
import dev.benchboard.stats.latency.CandidateLatencyReport;
import dev.benchboard.stats.latency.ErrorRateEstimate;
import dev.benchboard.stats.latency.PercentileEstimate;
import dev.benchboard.stats.latency.RunLatency;
import dev.benchboard.stats.regression.Comparison;
import dev.benchboard.stats.regression.RegressionAnalysis;
import dev.benchboard.stats.regression.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The sentences of latency, throughput, error rate, regression and change points read in Chinese for a Chinese
 * reader — with their arguments in place and no English prose left beyond formulas, tool, test and library names —
 * while their English is exactly the text the report API gave before they were kept as codes (the demo's golden,
 * src/test/resources/report/demo-report.json, and the verdicts of the real runs under fixtures/regression).
 */
@SpringBootTest(properties = "benchboard.demo.enabled=true")
@ActiveProfiles("test")
class LatencySentencesInChineseTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Path GOLDEN = Path.of("src/test/resources/report/demo-report.json");

    /**
     * Latin words a Chinese SRE reads as they are: tools, tests, libraries, generators, symbols and abbreviations
     * (I18N.md: "formulas, symbols, scipy/R/statsmodels names, tool names and abbreviations stay as they are").
     */
    private static final Set<String> KEPT = Set.of("HdrHistogram", "Binomial", "scipy", "binom", "ppf", "Wilson", "Student",
            "Mann", "Whitney", "Hodges", "Lehmann", "Holm", "holm", "Bonferroni", "Wilcoxon", "wilcox", "test", "conf", "int",
            "mannwhitneyu", "method", "auto", "stats", "stats_correct", "Beta", "type", "Requests", "sec", "divisive", "Matteson",
            "James", "ecp", "bootstrap", "U_A", "U_B", "GODEBUG", "gctrace", "JMeter", "vegeta", "wrk", "hey", "Gatling", "STW", "max", "min", "P99");

    @Autowired
    EvaluationService evaluations;

    @Autowired
    ReportService reports;

    @Test
    void theDemoReportsSentencesReadInChineseAndTheirEnglishIsTheGoldensText() throws IOException {
        long demo = evaluations.list().stream().filter(EvaluationSummary::demo).findFirst().orElseThrow().id();
        EvaluationReport report = reports.report(demo);
        JsonNode golden = Json.mapper().readTree(Files.readString(GOLDEN));

        Map<String, Sentence> sentences = new LinkedHashMap<>();
        for (int c = 0; c < report.candidates().size(); c++) {
            collect(sentences, "/candidates/" + c, report.candidates().get(c));
        }
        for (int r = 0; r < report.regressions().size(); r++) {
            collect(sentences, "/regressions/" + r, report.regressions().get(r));
            sentences.put("/regressions/" + r + "/baseline", report.regressions().get(r).baseline());
        }
        List<String> kinds = sentences.keySet().stream().map(path -> path.replaceAll("/\\d+", "/#")).distinct().toList();
        assertThat(kinds).as("the demo has sentences of every kind of this area")
                .contains("/candidates/#/missing/#", "/candidates/#/latency/warnings/#", "/candidates/#/latency/throughput/method",
                        "/candidates/#/latency/latency/p99/method", "/candidates/#/latency/errorRate/method",
                        "/candidates/#/latency/detail/runs/#/percentiles/#/method", "/candidates/#/latency/detail/runs/#/coordinatedOmission",
                        "/candidates/#/latency/detail/runs/#/throughput/source", "/candidates/#/latency/detail/acrossRuns/#/method",
                        "/candidates/#/changePoints/metric", "/candidates/#/changePoints/note",
                        "/regressions/#/reason", "/regressions/#/method", "/regressions/#/baseline");
        for (Map.Entry<String, Sentence> entry : sentences.entrySet()) {
            JsonNode text = golden.at(entry.getKey());
            assertThat(text.isMissingNode()).as("%s is in the golden", entry.getKey()).isFalse();
            assertThat(entry.getValue().english()).as("English of %s", entry.getKey()).isEqualTo(text.asString());
            readsInChinese(entry.getKey(), entry.getValue());
        }
    }

    @Test
    void theVerdictsOfRealRunsReadInChinese() {
        Map<String, String> sixteen = Map.of("concurrency", "16");
        // One run a side with raw samples (within-run bootstrap), 5 + 5 repeated runs (rank test), 1 + 5 (fewer than
        // two a side), and hey runs of unknown load (not comparable): every kind of reason and method.
        List<Evidence.RunItem> singleA = RegressionFixtures.items(List.of("regression/single/hey-baseline-1.csv"), sixteen, 1);
        List<Evidence.RunItem> singleB = RegressionFixtures.items(List.of("regression/single/hey-baseline-3.csv"), sixteen, 2);
        List<Evidence.RunItem> repeatedA = RegressionFixtures.items(RegressionFixtures.repeated("hey", "baseline"), sixteen, 10);
        List<Evidence.RunItem> repeatedB = RegressionFixtures.items(RegressionFixtures.repeated("hey", "slowed"), sixteen, 20);
        List<Evidence.RunItem> unknownA = RegressionFixtures.items(RegressionFixtures.repeated("hey", "baseline"), Map.of(), 30);
        List<Evidence.RunItem> unknownB = RegressionFixtures.items(RegressionFixtures.repeated("hey", "slowed"), Map.of(), 40);
        List<Evidence.RunItem> wrkA = RegressionFixtures.items(RegressionFixtures.repeated("wrk", "baseline"), Map.of(), 50);
        List<Evidence.RunItem> wrkB = RegressionFixtures.items(RegressionFixtures.repeated("wrk", "slowed"), Map.of(), 60);
        Set<Verdict> seen = new java.util.HashSet<>();
        Map<String, Sentence> sentences = new LinkedHashMap<>();
        int pair = 0;
        for (List<List<Evidence.RunItem>> sides : List.of(List.of(singleA, singleB), List.of(repeatedA, repeatedB),
                List.of(repeatedA.subList(0, 1), repeatedB), List.of(unknownA, unknownB), List.of(wrkA, wrkB))) {
            RegressionInputs inputs = RegressionInputs.between(sides.get(0), sides.get(1));
            Comparison comparison = RegressionAnalysis.compare("A", "B", inputs.inputs(), StatsSettings.defaults());
            comparison.notes().forEach(note -> sentences.put("notes " + note.key().orElseThrow(), note));
            for (int r = 0; r < comparison.rows().size(); r++) {
                seen.add(comparison.rows().get(r).verdict());
                collect(sentences, "/" + pair + "/regressions/" + r, RegressionRow.of("A", "B", comparison.rows().get(r), null));
            }
            pair++;
        }
        assertThat(seen).contains(Verdict.INSUFFICIENT_DATA, Verdict.NOT_COMPARABLE)
                .containsAnyOf(Verdict.REGRESSED, Verdict.IMPROVED, Verdict.NO_SIGNIFICANT_CHANGE);
        sentences.forEach(LatencySentencesInChineseTest::readsInChinese);
        assertThat(sentences.get("/0/regressions/0/reason").in(CHINESE)).as("the within-run bootstrap, in Chinese")
                .startsWith("数据不足：每侧仅一次运行——运行间波动未知；运行内差值 -4.4 ms，近似 95 % 自助法（bootstrap）置信区间 [-6.204, -1.504] ms")
                .endsWith("需每侧再运行 4 次（达到 5 + 5，Holm 校正共 3 行）");
    }

    @Test
    void theLatencyOfRealRunsReadsInChinese() {
        // Five hey runs: too few for a 95 % interval of their median, so the method says what [min, max] covers.
        List<Evidence.RunItem> runs = RegressionFixtures.items(RegressionFixtures.repeated("hey", "baseline"),
                Map.of("concurrency", "16"), 1);
        LatencySection section = LatencySection.of("hey", runs, StatisticsSettings.defaults());
        Map<String, Sentence> sentences = new LinkedHashMap<>();
        collect(sentences, "/latency", section);
        sentences.forEach(LatencySentencesInChineseTest::readsInChinese);
        assertThat(sentences.get("/latency/latency/p99/method").in(CHINESE)).startsWith("n = 5 时没有 95 % 区间：[最小值, 最大值] 覆盖中位数的概率为 93.75 %；");
        assertThat(sentences.get("/latency/latency/p99/method").english())
                .startsWith("no 95 % interval with n = 5: [min, max] covers the median with 93.75 %; median of 5 per-run values;");
    }

    /** Han characters, no key or marker left, every argument in place, no English prose beyond the kept words. */
    private static void readsInChinese(String where, Sentence sentence) {
        String chinese = sentence.in(CHINESE);
        // -Dsentences.print=true: every sentence in both languages, for a reader checking the Chinese by eye.
        if (Boolean.getBoolean("sentences.print")) System.out.println(where + "\n  en: " + sentence.english() + "\n  zh: " + chinese);
        assertThat(chinese).as("%s in Chinese", where).containsPattern("\\p{IsHan}").doesNotContain("!zh:").doesNotContain("!en:");
        assertThat(sentence.key()).as("%s is a sentence of ours, not a verbatim text", where).isPresent();
        String templateWords = chinese;
        for (String argument : stringArguments(sentence)) {
            assertThat(chinese).as("%s keeps its argument", where).contains(argument);
            templateWords = templateWords.replace(argument, " ");
        }
        Matcher word = Pattern.compile("[A-Za-z][A-Za-z_]{2,}").matcher(templateWords);
        List<String> english = new ArrayList<>();
        while (word.find()) if (!KEPT.contains(word.group())) english.add(word.group());
        assertThat(english).as("%s has English words left: %s", where, chinese).isEmpty();
    }

    /** The data and figures a sentence carries, at any depth: the same in every language. */
    private static List<String> stringArguments(Object argument) {
        List<String> found = new ArrayList<>();
        switch (argument) {
            case String text -> found.add(text);
            case Sentence sentence when sentence.key().isPresent() -> sentence.args().forEach(a -> found.addAll(stringArguments(a)));
            case Collection<?> items -> items.forEach(a -> found.addAll(stringArguments(a)));
            default -> { }
        }
        // Longest first, so that "1" is not taken out of "16" before "16" is.
        found.sort((a, b) -> b.length() - a.length());
        return found.stream().filter(s -> !s.isBlank()).toList();
    }

    // ── the sentences of this area in a report, by their JSON pointer in the report API's JSON ──

    private static void put(Map<String, Sentence> into, String path, Sentence sentence) {
        if (sentence != null) into.put(path, sentence);
    }

    private static void putAll(Map<String, Sentence> into, String path, List<Sentence> sentences) {
        for (int i = 0; i < sentences.size(); i++) put(into, path + "/" + i, sentences.get(i));
    }

    private static void collect(Map<String, Sentence> into, String path, CandidateReport c) {
        putAll(into, path + "/missing", c.missing());
        if (c.latency() != null) collect(into, path + "/latency", c.latency());
        if (c.changePoints() != null) {
            put(into, path + "/changePoints/metric", c.changePoints().metric());
            put(into, path + "/changePoints/note", c.changePoints().note());
            for (int s = 0; s < c.changePoints().series().size(); s++) {
                ChangePointResult result = c.changePoints().series().get(s).result();
                put(into, path + "/changePoints/series/" + s + "/result/method", result.method());
            }
        }
    }

    private static void collect(Map<String, Sentence> into, String path, LatencySection l) {
        putAll(into, path + "/warnings", l.warnings());
        if (l.throughput() != null) put(into, path + "/throughput/method", l.throughput().method());
        if (l.errorRate() != null) put(into, path + "/errorRate/method", l.errorRate().method());
        l.latency().forEach((key, figure) -> put(into, path + "/latency/" + key + "/method", figure.method()));
        CandidateLatencyReport d = l.detail();
        String detail = path + "/detail";
        putAll(into, detail + "/warnings", d.warnings());
        for (int r = 0; r < d.runs().size(); r++) {
            RunLatency run = d.runs().get(r);
            String at = detail + "/runs/" + r;
            put(into, at + "/coordinatedOmission", run.coordinatedOmission());
            putAll(into, at + "/warnings", run.warnings());
            for (int p = 0; p < run.percentiles().size(); p++) {
                PercentileEstimate estimate = run.percentiles().get(p);
                put(into, at + "/percentiles/" + p + "/method", estimate.method());
                interval(into, at + "/percentiles/" + p + "/interval", estimate.interval());
            }
            if (run.throughput() != null) put(into, at + "/throughput/source", run.throughput().source());
            errorRate(into, at + "/errorRate", run.errorRate());
        }
        for (int a = 0; a < d.acrossRuns().size(); a++) {
            AcrossRunsSummary s = d.acrossRuns().get(a);
            put(into, detail + "/acrossRuns/" + a + "/method", s.method());
            interval(into, detail + "/acrossRuns/" + a + "/medianInterval", s.medianInterval());
            interval(into, detail + "/acrossRuns/" + a + "/bootstrapInterval", s.bootstrapInterval());
        }
        for (int p = 0; p < d.pooled().size(); p++) put(into, detail + "/pooled/" + p + "/method", d.pooled().get(p).method());
        if (d.throughput() != null) {
            put(into, detail + "/throughput/method", d.throughput().method());
            interval(into, detail + "/throughput/meanInterval", d.throughput().meanInterval());
        }
        errorRate(into, detail + "/errorRate", d.errorRate());
    }

    private static void errorRate(Map<String, Sentence> into, String path, ErrorRateEstimate e) {
        if (e == null) return;
        put(into, path + "/method", e.method());
        interval(into, path + "/interval", e.interval());
    }

    private static void interval(Map<String, Sentence> into, String path, Interval interval) {
        if (interval != null) put(into, path + "/method", interval.method());
    }

    private static void collect(Map<String, Sentence> into, String path, RegressionRow r) {
        put(into, path + "/method", r.method());
        put(into, path + "/reason", r.reason());
        if (r.withinRun() != null) {
            put(into, path + "/withinRun/note", r.withinRun().note());
            put(into, path + "/withinRun/method", r.withinRun().method());
        }
    }
}
