package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.LitmusResult;
import dev.benchboard.evidence.Outage;
import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.chaos.ProbeLogCsvImporter;
import dev.benchboard.ingest.mapping.ColumnMapping;
import dev.benchboard.ingest.mapping.MappedImporter;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.reliability.ErrorBudget;
import dev.benchboard.stats.reliability.MttrConfidence;
import dev.benchboard.stats.reliability.ReliabilityAnalyzer;
import dev.benchboard.stats.reliability.ReliabilityFigures;
import dev.benchboard.stats.reliability.ReliabilityReport;
import dev.benchboard.stats.reliability.ReliabilitySettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of the reliability section (methods, warnings, interval methods, the error budget's and the
 * resilience score's) reads in Chinese — Han characters, no template key left, its arguments in place — while its
 * English is the text the API has always written (the demo's is pinned byte for byte by DemoReportUnchangedTest).
 * Data: the real attribution run (fixtures/chaos/attribution, see its README) and an experiment made to trip
 * every window warning.
 */
class ReliabilitySentencesInChineseTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final ReliabilitySettings WITH_SLO = new ReliabilitySettings(0.95, 2000, 42, 0.9995, Map.of(), 1.0);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theRealAttributedRunReadsInChinese() throws Exception {
        MappedImporter driver = new MappedImporter(ColumnMapping.parse("""
                {"kind": "chaos", "roles": {"fault": "fault", "start": "start_unix_ms", "end": "ready_unix_ms"}, "timeUnit": "ms"}"""), false);
        List<Evidence.ChaosItem> items = List.of(ReliabilitySectionAttributionTest.item(1, new ProbeLogCsvImporter(), "probe-log.csv"),
                ReliabilitySectionAttributionTest.item(2, driver, "driver-log.csv"));
        ReliabilityReport report = ReliabilitySection.of(items, WITH_SLO).report();

        List<Sentence> all = sentences(report);
        assertThat(all).hasSizeGreaterThan(20);
        all.forEach(ReliabilitySentencesInChineseTest::readsInChinese);

        Sentence note = report.warnings().getFirst();
        assertThat(note.english()).endsWith(": 10 outage(s) attributed to 9 injection(s); 1 unexplained (no injection overlaps them)");
        assertThat(note.in(CHINESE)).contains("10 次故障归因到 9 次注入；1 次 unexplained");
        assertThat(report.methods().getFirst().in(CHINESE)).isEqualTo("观测窗口 T = 实验开始 → 结束；故障截取到窗口之内。");
        assertThat(report.methods().getFirst().english()).isEqualTo("Window T = experiment start → end; outages clipped to it.");
        assertThat(report.service().mtbfCiHours().method().in(CHINESE)).startsWith("定时截尾试验");
        assertThat(report.methods().get(5).in(CHINESE)).startsWith("MTTR 区间：平均修复时间的百分位自助法（bootstrap）")
                .contains("；以及对 ln d_i 的 t 区间");
        assertThat(report.byFaultType().getFirst().scope().english()).isEqualTo("fault type");
        assertThat(report.byFaultType().getFirst().scope().in(CHINESE)).isEqualTo("故障类型");
        assertThat(report.resilience().warnings()).extracting(Sentence::english).containsExactly("no Litmus results");
        assertThat(report.resilience().warnings()).extracting(s -> s.in(CHINESE)).containsExactly("没有 Litmus 结果");
    }

    @Test
    void everyWindowWarningReadsInChineseWithItsExperimentAndOutage() {
        ChaosData edge = new ChaosData(null, T0, T0.plusSeconds(100), List.of(), List.of(
                new Outage("process-kill", "api", null, null, T0.plusSeconds(5), false),                        // no down time
                new Outage("process-kill", "api", null, T0.plusSeconds(20), T0.plusSeconds(10), false),  // up before down
                new Outage("process-kill", "api", null, T0.plusSeconds(200), T0.plusSeconds(210), false), // outside
                new Outage("process-kill", "api", null, T0.plusSeconds(90), T0.plusSeconds(120), false),  // clipped
                new Outage("process-kill", "api", T0.plusSeconds(31), T0.plusSeconds(30), null, true)),   // not recovered
                List.of(), List.of(new LitmusResult("pod-delete-1", "pod-delete", "Pass", 120.0, 1, 0)));
        ChaosData noWindow = new ChaosData("no-window", null, null, List.of(),
                List.of(new Outage("process-kill", "api", null, T0.plusSeconds(1), T0.plusSeconds(2), false)), List.of(), List.of());
        ReliabilityReport report = ReliabilityAnalyzer.analyse(List.of(edge, noWindow), WITH_SLO);

        List<String> english = Sentence.in(report.warnings(), Locale.ENGLISH);
        List<String> chinese = Sentence.in(report.warnings(), CHINESE);
        assertThat(english).contains("experiment 1, outage 1: no down time, ignored",
                "experiment 1, outage 2: up time before down time, ignored",
                "experiment 1, outage 3: outside the observation window, ignored",
                "experiment 1, outage 4: extends beyond the observation window, clipped to it",
                "experiment 1, outage 5: not recovered within the data; counted as down until the window end (its repair"
                        + " time is censored, so MTTR is understated)",
                "experiment no-window: observation window missing or empty; its outages are not used (state the window in"
                        + " the upload form)",
                "1 outage(s) went down before their fault was injected; left out of time to detect (the outage may not be"
                        + " caused by that injection)");
        assertThat(chinese).contains("实验 1，第 1 次故障：没有中断时间，已忽略", "实验 1，第 4 次故障：超出观测窗口，已截取到窗口之内",
                "实验 no-window：观测窗口缺失或为空；其故障未被使用（请在上传表单中填写窗口）");
        assertThat(Sentence.in(report.resilience().warnings(), CHINESE))
                .containsExactly("Litmus 结果 pod-delete-1：探针成功率 120.0 % 不在 0..100 之内，已忽略", "没有权重为正的结果");
        sentences(report).forEach(ReliabilitySentencesInChineseTest::readsInChinese);
    }

    private static void readsInChinese(Sentence sentence) {
        String zh = sentence.in(CHINESE);
        assertThat(zh).as(sentence.english()).containsPattern("\\p{IsHan}").doesNotContain("!zh:")
                .doesNotContainPattern("(reliability|tracking)\\.[a-z-]+\\.");
        // Every figure and name of the English reads in the Chinese too.
        for (String figure : sentence.english().split("[^0-9A-Za-z.-]+")) {
            if (figure.matches("[0-9][0-9.]*")) assertThat(zh).as("%s keeps %s", sentence.english(), figure).contains(figure);
        }
        assertThat(sentence.key()).as("a sentence our code writes is a template, not verbatim English").isPresent();
    }

    /** Every sentence of the report: methods, warnings, and those of each figure, interval, budget and score. */
    private static List<Sentence> sentences(ReliabilityReport r) {
        List<Sentence> all = new ArrayList<>(r.methods());
        all.addAll(r.warnings());
        List<ReliabilityFigures> figures = Stream.concat(Stream.concat(Stream.ofNullable(r.service()), r.byFaultType().stream()),
                r.byComponent().stream()).toList();
        for (ReliabilityFigures f : figures) {
            all.add(f.scope());
            all.addAll(f.warnings());
            Stream.of(f.mtbfCiHours(), f.availabilityCi(), f.failureRateCiPerHour()).filter(Objects::nonNull)
                    .map(Interval::method).forEach(all::add);
            MttrConfidence mttr = f.mttrCi();
            all.addAll(mttr.warnings());
            Stream.of(mttr.bootstrapMean(), mttr.logT()).filter(Objects::nonNull).map(Interval::method).forEach(all::add);
        }
        ErrorBudget budget = r.errorBudget();
        if (budget != null) {
            all.add(budget.method());
            all.addAll(budget.warnings());
        }
        all.add(r.resilience().method());
        all.addAll(r.resilience().warnings());
        return all;
    }
}
