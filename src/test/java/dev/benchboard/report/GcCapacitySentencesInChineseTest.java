package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.common.Json;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.capacity.CapacityPlan;
import dev.benchboard.stats.gc.GcReport;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Every sentence of the demo's GC and capacity report reads in Chinese for a Chinese reader — Han characters, no
 * English prose left but formula symbols and the names of methods, tools and fields — with its figures in place, while
 * its English is still the text of the golden report (src/test/resources/report/demo-report.json) at the same place.
 * And every template of the area's block, not only those the demo makes, is written in Chinese.
 */
@SpringBootTest(properties = "benchboard.demo.enabled=true")
@ActiveProfiles("test")
class GcCapacitySentencesInChineseTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Path GOLDEN = Path.of("src/test/resources/report/demo-report.json");

    /**
     * Latin words a Chinese sentence of this area may keep: symbols and variables of its formulas, field and setting
     * names of gctrace and the API, and the names of methods, people and libraries (I18N.md: they stay as they are).
     */
    private static final Set<String> KEPT = Set.of(
            // GC: gctrace fields, the runtime's names, the formulas' variables
            "gc", "gctrace", "stw", "gomaxprocs", "gogc", "cpu", "csv", "timestamp_s", "pausems", "span", "sweep-termination",
            "mark-termination", "heapend", "heapstart", "liveheap", "last", "first", "mb", "ms", "max", "min",
            // methods and libraries
            "ols", "hac", "newey", "west", "bartlett", "floor", "statsmodels", "cov_type", "se", "hyndman-fan", "quantile",
            "type", "numpy", "linear", "pareto", "usl", "levenberg", "marquardt", "commons", "math", "rss", "tss", "diag",
            "pool-adjacent-violators", "fit_a", "fit_b", "x_a", "x_b", "x_i", "n_i", "slo", "req", "erlang", "ln", "qps",
            "little", "lambda");

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z_-]*[A-Za-z]");

    @Autowired
    EvaluationService evaluations;

    @Autowired
    ReportService reports;

    @Test
    void everyGcAndCapacitySentenceOfTheDemoReadsInChineseAndItsEnglishIsTheGoldens() throws IOException {
        long demo = evaluations.list().stream().filter(EvaluationSummary::demo).findFirst().orElseThrow().id();
        EvaluationReport report = reports.report(demo);
        JsonNode golden = Json.mapper().readTree(Files.readString(GOLDEN));
        Map<String, Sentence> sentences = new LinkedHashMap<>();
        for (int i = 0; i < report.candidates().size(); i++) {
            CandidateReport c = report.candidates().get(i);
            if (c.gc() != null) gc(sentences, "/candidates/" + i + "/gc", c.gc());
            if (c.capacity() != null) capacity(sentences, "/candidates/" + i + "/capacity/plan", c.capacity().plan());
        }
        // The demo has GC traces and sweeps for several candidates: at least the window, verdicts, methods and
        // the capacity warnings of each.
        assertThat(sentences).hasSizeGreaterThan(60);
        assertThat(sentences.values()).extracting(s -> s.key().orElse("")).contains("gc.window.detected", "gc.heap.grows",
                "gc.heap.no-trend", "capacity.slo.not-monotone", "capacity.slo.not-reached", "capacity.size.statement-with-cores",
                "capacity.littles.below-sweep");
        sentences.forEach((pointer, sentence) -> {
            assertThat(sentence.english()).as("English at %s", pointer).isEqualTo(golden.at(pointer).asString());
            readsInChinese(pointer, sentence);
        });
    }

    @Test
    void everyTemplateOfTheAreaIsWrittenInChinese() throws IOException {
        Properties chinese = new Properties();
        try (var in = Sentence.class.getResourceAsStream("/dev/benchboard/format/sentences_zh_CN.properties")) {
            chinese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> area = chinese.stringPropertyNames().stream()
                .filter(k -> k.startsWith("gc.") || k.startsWith("capacity.") || k.startsWith("report.gc.")).sorted().toList();
        assertThat(area).hasSizeGreaterThan(90);
        for (String key : area) {
            String text = chinese.getProperty(key).replaceAll("\\{\\d+}", "");
            assertThat(englishWords(text)).as("English words left in %s: %s", key, text).isEmpty();
        }
    }

    private static void readsInChinese(String pointer, Sentence sentence) {
        String zh = sentence.in(CHINESE);
        assertThat(zh).as("%s in Chinese", pointer).containsPattern("\\p{IsHan}").doesNotContain("!zh:")
                .isNotEqualTo(sentence.english());
        assertThat(englishWords(zh)).as("English words left at %s: %s", pointer, zh).isEmpty();
        for (String figure : figures(sentence)) assertThat(zh).as("%s keeps its argument", pointer).contains(figure);
    }

    /** The figures and data a sentence carries, its nested sentences' included. */
    private static List<String> figures(Sentence sentence) {
        List<String> found = new ArrayList<>();
        for (Object arg : sentence.args()) {
            if (arg instanceof String text) found.add(text);
            if (arg instanceof Sentence nested) found.addAll(figures(nested));
            if (arg instanceof List<?> items) {
                items.forEach(item -> {
                    if (item instanceof String text) found.add(text);
                    if (item instanceof Sentence nested) found.addAll(figures(nested));
                });
            }
        }
        return found;
    }

    private static List<String> englishWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            if (!KEPT.contains(m.group().toLowerCase(Locale.ROOT))) words.add(m.group());
        }
        return words;
    }

    private static void gc(Map<String, Sentence> out, String at, GcSection gc) {
        for (int j = 0; j < gc.traces().size(); j++) {
            String r = at + "/traces/" + j + "/report";
            GcReport report = gc.traces().get(j).report();
            out.put(r + "/window/detail", report.window().detail());
            if (report.pauses() != null) out.put(r + "/pauses/percentileDefinition", report.pauses().percentileDefinition());
            if (report.heapTrend() != null) {
                out.put(r + "/heapTrend/slopeCiMbPerSecond/method", report.heapTrend().slopeCiMbPerSecond().method());
                out.put(r + "/heapTrend/slopeCiMbPerMinute/method", report.heapTrend().slopeCiMbPerMinute().method());
                out.put(r + "/heapTrend/verdict", report.heapTrend().verdict());
                out.put(r + "/heapTrend/method", report.heapTrend().method());
            }
            if (report.allocation() != null) out.put(r + "/allocation/method", report.allocation().method());
            list(out, r + "/methods", report.methods());
            list(out, r + "/warnings", report.warnings());
        }
        if (gc.gogc() != null) {
            out.put(at + "/gogc/method", gc.gogc().method());
            list(out, at + "/gogc/warnings", gc.gogc().warnings());
        }
        out.put(at + "/headline/window/detail", gc.headline().window().detail());
        if (gc.headline().heapVerdict() != null) out.put(at + "/headline/heapVerdict", gc.headline().heapVerdict());
    }

    private static void capacity(Map<String, Sentence> out, String at, CapacityPlan plan) {
        out.put(at + "/usl/method", plan.usl().method());
        list(out, at + "/usl/warnings", plan.usl().warnings());
        if (plan.sloCapacity() != null) {
            out.put(at + "/sloCapacity/method", plan.sloCapacity().method());
            list(out, at + "/sloCapacity/warnings", plan.sloCapacity().warnings());
        }
        if (plan.instances() != null) out.put(at + "/instances/method", plan.instances().method());
        if (plan.linearInCores() != null) out.put(at + "/linearInCores/method", plan.linearInCores().method());
        if (plan.littlesLaw() != null) {
            out.put(at + "/littlesLaw/latencySource", plan.littlesLaw().latencySource());
            out.put(at + "/littlesLaw/method", plan.littlesLaw().method());
        }
        if (plan.erlang() != null) out.put(at + "/erlang/method", plan.erlang().method());
        out.put(at + "/size/statement", plan.size().statement());
        list(out, at + "/warnings", plan.warnings());
    }

    private static void list(Map<String, Sentence> out, String at, List<Sentence> sentences) {
        for (int k = 0; k < sentences.size(); k++) out.put(at + "/" + k, sentences.get(k));
    }
}
