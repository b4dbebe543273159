package dev.benchboard.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Accept-Language headers as Chrome and Firefox send them (chrome://settings/languages, about:preferences). */
class ReaderLanguageTest {

    @Test
    void theFirstSupportedLanguageInTheReadersOrderWins() {
        assertThat(ReaderLanguage.of("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ReaderLanguage.of("en-US,en;q=0.9,zh-CN;q=0.8")).isEqualTo(Locale.ENGLISH);
        assertThat(ReaderLanguage.of("zh")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        // French first, which Benchboard is not written in: the next language the reader reads.
        assertThat(ReaderLanguage.of("fr-FR,fr;q=0.9,zh-CN;q=0.5")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        // The order is the weights', not the header's.
        assertThat(ReaderLanguage.of("en;q=0.4,zh-CN;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void englishWhenTheReaderAsksForNoneOrTheHeaderIsMissingOrBroken() {
        assertThat(ReaderLanguage.of(null)).isEqualTo(Locale.ENGLISH);
        assertThat(ReaderLanguage.of("")).isEqualTo(Locale.ENGLISH);
        assertThat(ReaderLanguage.of("fr-FR,de;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ReaderLanguage.of("*")).isEqualTo(Locale.ENGLISH);
        assertThat(ReaderLanguage.of("zh-CN;q=0")).isEqualTo(Locale.ENGLISH);
        assertThat(ReaderLanguage.of("zh-CN;q=banana")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aShareLinkIsFrozenInEveryLanguageAReaderCanBeGiven() {
        assertThat(dev.benchboard.share.SharedSnapshot.LANGUAGES)
                .isEqualTo(dev.benchboard.ui.i18n.Languages.SUPPORTED);
    }
}
