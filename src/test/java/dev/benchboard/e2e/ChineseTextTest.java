package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule by which ChineseBrowserIT decides that a view reads in Chinese, on texts as the views show them. */
class ChineseTextTest {

    private static final String REASON =
            "~: p = 0.88 (Holm-adjusted 1 over 11 rows) ≥ α = 0.05: no significant change (Δ = +4.15 %)";
    private static final String WARNING = "wrk 4.x is closed-loop but corrects coordinated omission itself";
    private final ChineseText rule = new ChineseText(List.of("Pick an API framework (demo)", "Gin", "Fasthttp", "admin"),
            List.of(REASON, WARNING, "measured", "no evidence"));

    @Test
    void anUntranslatedViewFails() {
        ChineseText.Verdict verdict = rule.judge(List.of("Compare · Pick an API framework (demo)", "Latency percentiles",
                "P99 vs load", "Throughput (req/s)", "Gin", "12.3 ms", "Candidates", "Store all"));

        assertThat(verdict.readsInChinese()).isFalse();
        assertThat(verdict.chinese()).isZero();
        assertThat(verdict.englishTexts()).extracting(ChineseText.Judged::text)
                .containsExactly("Compare · Pick an API framework (demo)", "Latency percentiles", "P99 vs load",
                        "Throughput (req/s)", "Candidates", "Store all");
        assertThat(verdict.englishTexts().get(2).englishWords()).containsExactly("load");
    }

    @Test
    void aTranslatedViewPassesWithItsFiguresNamesAndAbbreviations() {
        ChineseText.Verdict verdict = rule.judge(List.of("对比 · Pick an API framework (demo)", "延迟百分位", "P99 与负载",
                "吞吐量（req/s）", "Gin", "Fasthttp", "12.3 ms", "5,288 req/s", "sweep/gin/c1.txt", "events.csv",
                "Mann-Whitney", "Holm", "go-gctrace", "SHA-256", "a8126e19a9265bea", "failureRatePerHour",
                "stdHandlers = true", "P99.9", "GC", "MTBF", "SLO", "95 % CI", "N*", "net/http", "1.25 MiB", "bb_ol-ArC"));

        assertThat(verdict.englishTexts()).isEmpty();
        assertThat(verdict.chinese()).isEqualTo(4);
        assertThat(verdict.readsInChinese()).isTrue();
    }

    @Test
    void theReportsOwnSentencesAreSetAsideButNotItsShortCodes() {
        assertThat(rule.judge(REASON).language()).isEqualTo(ChineseText.Language.NOT_COUNTED);
        assertThat(rule.judge("⚠ " + WARNING).language()).isEqualTo(ChineseText.Language.NOT_COUNTED);
        assertThat(rule.judge("corrects coordinated omission").language()).as("a part of a sentence, in its own node")
                .isEqualTo(ChineseText.Language.NOT_COUNTED);

        ChineseText.Judged wrapped = rule.judge("Warning: " + WARNING);
        assertThat(wrapped.language()).isEqualTo(ChineseText.Language.ENGLISH);
        assertThat(wrapped.englishWords()).containsExactly("Warning");
        assertThat(rule.judge("measured").language()).as("a code: the workspace puts it in words")
                .isEqualTo(ChineseText.Language.ENGLISH);
        assertThat(rule.judge("no evidence").language()).isEqualTo(ChineseText.Language.ENGLISH);
        assertThat(rule.judge("Gin (baseline)").englishWords()).containsExactly("baseline");
    }

    @Test
    void oneEnglishTextInTenIsTheMostAViewMayHave() {
        assertThat(rule.judge(texts(9, 1)).readsInChinese()).isTrue();
        assertThat(rule.judge(texts(8, 2)).readsInChinese()).isFalse();
        assertThat(rule.judge(texts(18, 2)).readsInChinese()).isTrue();
        assertThat(rule.judge(texts(17, 2)).readsInChinese()).as("17 of 19").isFalse();
    }

    @Test
    void aViewWithAlmostNoTextCannotShowItsLanguage() {
        assertThat(rule.judge(List.of("评估", "12 ms", "Gin")).readsInChinese()).isFalse();
        assertThat(rule.judge(List.of("评估", "上传", "对比")).readsInChinese()).isTrue();
    }

    private static List<String> texts(int chinese, int english) {
        List<String> texts = new ArrayList<>(Collections.nCopies(chinese, "尾延迟"));
        texts.addAll(Collections.nCopies(english, "Tail latency"));
        return texts;
    }
}
