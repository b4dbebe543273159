package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A history series reads in the reader's language, and its English is exactly the name the API keys it by
 * ({@link LoadCondition#name()}), so the API and the English view are unchanged.
 */
class SeriesWordsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aLoadConditionReadsInChineseAndItsEnglishIsTheApisName() {
        assertReads(new LoadCondition("load test", 1.0, null, false), "压测 · 并发 1");
        assertReads(new LoadCondition("load test", 8.0, 2000.0, true), "压测 · 并发 8，速率 2000 req/s（用户注明）");
        assertReads(new LoadCondition("checkout", null, 50.5, false), "checkout · 速率 50.5 req/s");
        assertReads(new LoadCondition("load test", null, null, false), "压测 · 未注明负载");
    }

    @Test
    void theHistorysOwnSeriesReadInChineseAndDataNamesAsTheyAre() {
        SeriesWords words = SeriesWords.of(SeriesWords.of(new LoadCondition("load test", 1.0, null, false)), "P50", "ms");
        assertThat(words.title().english()).isEqualTo("load test · 1 concurrent · P50");
        assertThat(words.title().in(CHINESE)).isEqualTo("压测 · 并发 1 · P50");

        SeriesWords availability = SeriesWords.of("reliability", "availability", "fraction");
        assertThat(availability.title().english()).isEqualTo("reliability · availability");
        assertThat(availability.title().in(CHINESE)).isEqualTo("可靠性 · 可用性");
        assertThat(availability.unit().in(CHINESE)).isEqualTo("比例");

        SeriesWords heap = SeriesWords.of("GC", "heap slope", "MB/min");
        assertThat(heap.title().in(CHINESE)).isEqualTo("GC · 堆增长斜率");
        assertThat(SeriesWords.of("GC", "pause P99", "ms").metric().in(CHINESE)).isEqualTo("GC 暂停 P99");

        // A Go benchmark's name and unit are the data's own words.
        SeriesWords go = SeriesWords.of("BenchmarkJSON-8", "ns/op", "ns/op");
        assertThat(go.title().in(CHINESE)).isEqualTo("BenchmarkJSON-8 · ns/op").isEqualTo(go.title().english());
    }

    private static void assertReads(LoadCondition condition, String chinese) {
        assertThat(SeriesWords.of(condition).english()).isEqualTo(condition.name());
        assertThat(SeriesWords.of(condition).in(CHINESE)).isEqualTo(chinese);
    }
}
