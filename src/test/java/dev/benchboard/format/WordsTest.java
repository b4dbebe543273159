package dev.benchboard.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.stats.capacity.SloCapacity;
import dev.benchboard.stats.capacity.UslFit;
import dev.benchboard.stats.latency.CoordinatedOmission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The internal names issue 14 found on screen, and the words a reader gets instead. */
class WordsTest {

    private static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\\b");

    @Test
    void enumNamesBecomeWords() {
        assertThat(Words.of(LatencyOrigin.ROUNDED_0_1_MS)).isEqualTo("per-request times in 0.1 ms steps");
        assertThat(Words.of(LatencyOrigin.REPORTED)).isEqualTo("as printed by the tool");
        assertThat(Words.of(UslFit.Status.INSUFFICIENT_POINTS)).isEqualTo("too few concurrency levels to fit");
        assertThat(Words.of(SloCapacity.Status.SLO_NOT_REACHED)).startsWith("at least this");
        assertThat(Words.of("HDR_HISTOGRAM+REPORTED")).isEqualTo("full histogram (HdrHistogram) and as printed by the tool");
        assertThat(Words.of("SOME_NEW_CODE")).isEqualTo("some new code");
        assertThat(Words.of("Gin")).isEqualTo("Gin");
        assertThat(Words.of((String) null)).isEqualTo("–");
    }

    /** statistics.md, "Coordinated omission, per tool": wrk corrects it itself, hey does not. */
    @Test
    void coordinatedOmissionIsWordedPerTool() {
        assertThat(Words.of(CoordinatedOmission.CORRECTED_BY_WRK)).contains("corrected by wrk");
        assertThat(Words.of(CoordinatedOmission.NOT_CORRECTED)).contains("not corrected");
        assertThat(Words.of(CoordinatedOmission.OPEN_LOOP)).isEqualTo("open-loop, no coordinated omission");
    }

    @Test
    void everyEnumConstantOnScreenHasWords() {
        for (Enum<?>[] values : new Enum<?>[][] {LatencyOrigin.values(), UslFit.Status.values(), SloCapacity.Status.values(),
                CoordinatedOmission.values(), dev.benchboard.stats.regression.Verdict.values(),
                dev.benchboard.evidence.DataKind.values()}) {
            for (Enum<?> value : values) assertThat(UPPER_SNAKE.matcher(Words.of(value)).find()).as(value.name()).isFalse();
        }
    }

    @Test
    void settingsMapsReadAsSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("probes", "1050");
        settings.put("probe_interval_ms", "200");
        settings.put("target", "http://127.0.0.1:8080/");
        assertThat(Words.settings(settings)).isEqualTo("probes 1,050 · probe interval 200 ms · target http://127.0.0.1:8080/");
        assertThat(Words.key("maxProcs")).isEqualTo("max procs");
    }

    @Test
    void wordsReadInTheReadersLanguage() {
        java.util.Locale chinese = java.util.Locale.SIMPLIFIED_CHINESE;
        assertThat(Words.of(UslFit.Status.INSUFFICIENT_POINTS, chinese)).isEqualTo("并发档位太少，无法拟合");
        assertThat(Words.of("HDR_HISTOGRAM+REPORTED", chinese)).isEqualTo("完整直方图（HdrHistogram） 和 工具输出的汇总值");
        assertThat(Words.list(java.util.List.of("Gin", "Echo", "Chi"), chinese)).isEqualTo("Gin、Echo 和 Chi");
        assertThat(Words.list(java.util.List.of("Gin", "Echo", "Chi"))).isEqualTo("Gin, Echo and Chi");
        // A language without words reads English, not the machine's default.
        assertThat(Words.of(UslFit.Status.FITTED, java.util.Locale.GERMAN)).isEqualTo("fitted");
    }

    @Test
    void everyCodeHasWordsInEveryLanguage() throws java.io.IOException {
        java.util.Properties english = new java.util.Properties();
        java.util.Properties chinese = new java.util.Properties();
        try (var en = getClass().getResourceAsStream("/dev/benchboard/format/words.properties");
             var zh = getClass().getResourceAsStream("/dev/benchboard/format/words_zh_CN.properties")) {
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
            chinese.load(new java.io.InputStreamReader(zh, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(new java.util.TreeSet<>(chinese.stringPropertyNames())).isEqualTo(new java.util.TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("list.")) continue;
            assertThat(chinese.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
        }
    }
}
