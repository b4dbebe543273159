package dev.benchboard.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.stats.common.StatsSettings;
import dev.benchboard.stats.regression.PercentileDifferenceBootstrap;
import java.util.Locale;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * "WELL19937c seed 42" was on screen (issue 14): the method line of a within-run bootstrap, as the statistics write it,
 * reads "fixed random seed 42, so the figures repeat" and its resample count grouped.
 */
class MethodWordsTest {

    @Test
    void theGeneratorAndSeedOfABootstrapInWords() {
        Histogram a = new Histogram(3_600_000_000L, 3);
        Histogram b = new Histogram(3_600_000_000L, 3);
        for (int i = 1; i <= 200; i++) {
            a.recordValue(1000 + i * 10);
            b.recordValue(1100 + i * 10);
        }
        String method = PercentileDifferenceBootstrap.of(a, b, 99, new StatsSettings(0.05, 5, 10_000, 42)).method();
        assertThat(method).as("as the statistics write it").contains("WELL19937c seed 42").contains("10000 resamples");

        String english = MethodWords.readable(method, Locale.ENGLISH);
        assertThat(english).contains("10,000 resamples").contains("fixed random seed 42, so the figures repeat")
                .doesNotContain("WELL19937c");
        assertThat(MethodWords.readable(method, Locale.SIMPLIFIED_CHINESE)).contains("固定随机种子 42，结果可复现")
                .doesNotContain("WELL19937c");
        assertThat(MethodWords.readable("Mann-Whitney U on per-run values", Locale.ENGLISH)).isEqualTo("Mann-Whitney U on per-run values");
    }
}
