package dev.benchboard.ui.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A label that names a term gets its explanation, in the reader's language, in English and in Chinese labels. */
class GlossaryTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void englishLabelsAreExplainedAsBefore() {
        assertThat(Glossary.explain("P99 latency", Locale.ENGLISH)).containsExactly(
                "P99: 99th percentile latency: 1 request in 100 was slower than this. The usual tail-latency SLO.");
        assertThat(Glossary.explain("MTBF / MTTR", Locale.ENGLISH)).hasSize(2);
        // One-letter terms only as the whole label (or before a parenthesis): "n" in a sentence is a word.
        assertThat(Glossary.explain("n", Locale.ENGLISH)).hasSize(1);
        assertThat(Glossary.explain("p (Holm)", Locale.ENGLISH)).hasSize(2);
        assertThat(Glossary.explain("runs n of the baseline", Locale.ENGLISH)).isEmpty();
        assertThat(Glossary.explain("Throughput", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void chineseLabelsNameTermsWithoutSpacesOrByTheirAbbreviation() {
        assertThat(Glossary.explain("实测可用性", ZH)).singleElement().asString().startsWith("可用性：观测时间内");
        assertThat(Glossary.explain("95 % 置信区间", ZH)).singleElement().asString().startsWith("置信区间：");
        assertThat(Glossary.explain("P99 延迟", ZH)).singleElement().asString().startsWith("P99：第 99 百分位延迟");
        assertThat(Glossary.explain("Holm 校正后的 p 值", ZH)).hasSize(2);
        // The English name still counts in a Chinese page (a label another part left as it is).
        assertThat(Glossary.explain("Error budget", ZH)).singleElement().asString().startsWith("错误预算：");
        assertThat(Glossary.explain("吞吐量", ZH)).isEmpty();
    }

    @Test
    void everyTermHasANameAndAnExplanationInEachLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, ZH)) {
            assertThat(Glossary.terms(locale)).hasSize(Glossary.TERM_IDS.size()).allSatisfy(term -> {
                assertThat(term.name()).isNotBlank().doesNotStartWith("!");
                assertThat(term.explanation()).isNotBlank().doesNotStartWith("!");
            });
        }
        assertThat(Glossary.terms(ZH)).extracting(Glossary.Term::name).contains("置信区间", "协调遗漏", "P99", "MTTR");
    }
}
