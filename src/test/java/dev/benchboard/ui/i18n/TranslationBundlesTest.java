package dev.benchboard.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every language has every key, with the same placeholders, and is really written in that language. */
class TranslationBundlesTest {

    /** Names that read the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("app.title", "language.en", "language.zh-CN",
            // The glossary's established abbreviations and symbols, kept in Chinese too (I18N.md).
            "glossary.p50.name", "glossary.p90.name", "glossary.p99.name", "glossary.p99-9.name", "glossary.slo.name",
            "glossary.mann-whitney.name", "glossary.delta.name", "glossary.n.name", "glossary.mtbf.name",
            "glossary.mttr.name", "glossary.usl.name", "glossary.usl-lambda.name", "glossary.usl-sigma.name",
            "glossary.usl-kappa.name", "glossary.usl-peak.name", "glossary.stw.name", "glossary.gogc.name");

    @Test
    void theChineseBundleHasExactlyTheEnglishKeys() throws IOException {
        Properties english = bundle("translations.properties");
        Properties chinese = bundle("translations_zh_CN.properties");
        assertThat(new TreeSet<>(chinese.stringPropertyNames())).as("keys of translations_zh_CN.properties")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            assertThat(en).as(key).isNotBlank();
            assertThat(zh).as(key).isNotBlank();
            assertThat(placeholders(zh)).as("placeholders of %s", key).isEqualTo(placeholders(en));
            // MessageFormat reads an ASCII apostrophe as a quote and drops it (and what follows) once the text has
            // arguments: write ’ in the bundles.
            assertThat(en).as("%s has no ASCII apostrophe (write ’)", key).doesNotContain("'");
            assertThat(zh).as("%s has no ASCII apostrophe (write ’)", key).doesNotContain("'");
            // A text of arguments and punctuation only ("{0}：{1}") has no words to be Chinese in, only Chinese punctuation.
            boolean hasWords = placeholdersRemoved(zh).codePoints().anyMatch(Character::isLetter);
            if (!SAME_IN_EVERY_LANGUAGE.contains(key) && hasWords) {
                assertThat(zh).as("%s is written in Chinese", key).containsPattern("\\p{IsHan}");
            }
        }
    }

    @Test
    void textsAreReadInTheReadersLanguageWithTheirArguments() {
        assertThat(Translations.get(Locale.SIMPLIFIED_CHINESE, "error.back")).isEqualTo("返回评估列表");
        assertThat(Translations.get(Locale.forLanguageTag("zh-CN"), "login.try-again-in", "5 分钟")).isEqualTo("请在 5 分钟后重试。");
        assertThat(Translations.get(Locale.ENGLISH, "login.try-again-in", "5 minutes")).isEqualTo("Try again in 5 minutes.");
        // A language without a bundle reads English, not the machine's default locale.
        assertThat(Translations.get(Locale.GERMAN, "error.back")).isEqualTo("Back to the evaluations");
    }

    @Test
    void aMissingKeyShowsAMarkerInsteadOfBreakingThePage() {
        // The zh-CN browser test looks for "!zh:"; English is not filled in, or a gap in Chinese would go unseen.
        assertThat(Translations.get(Locale.SIMPLIFIED_CHINESE, "no.such.key")).isEqualTo("!zh:no.such.key");
        assertThat(Translations.get(Locale.SIMPLIFIED_CHINESE, "no.such.key", "argument")).isEqualTo("!zh:no.such.key");
        assertThat(Translations.get(Locale.US, "no.such.key")).isEqualTo("!en:no.such.key");
        assertThat(new BundleTranslations().getTranslation("no.such.key", Locale.forLanguageTag("zh-CN")))
                .isEqualTo("!zh:no.such.key");
    }

    @Test
    void englishIsTheLanguageOfBrowsersThatAskForNeither() {
        // Vaadin falls back to the first provided locale; its default provider listed only zh_CN (AccountsBrowserIT
        // saw the sign-in page in Chinese in an English browser).
        BundleTranslations provider = new BundleTranslations();
        assertThat(provider.getProvidedLocales()).first().isEqualTo(Locale.ENGLISH);
        assertThat(provider.getTranslation("login.incorrect.title", Locale.US)).isEqualTo("Incorrect user name or password");
        assertThat(provider.getTranslation("login.incorrect.title", Locale.SIMPLIFIED_CHINESE)).isEqualTo("用户名或密码错误");
    }

    @Test
    void savedTagsMapToASupportedLanguageOrToNone() {
        assertThat(Languages.fromTag("zh-CN")).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.fromTag("zh")).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.fromTag("en-GB")).contains(Locale.ENGLISH);
        assertThat(Languages.fromTag("fr")).isEmpty();
        assertThat(Languages.fromTag(null)).isEmpty();
    }

    @Test
    void thePagesHtmlLangIsTheLanguageItIsDrawnIn() {
        assertThat(LanguageChoice.htmlLang(Locale.SIMPLIFIED_CHINESE)).isEqualTo("zh-CN");
        assertThat(LanguageChoice.htmlLang(Locale.US)).isEqualTo("en");
        // A language we have no bundle for is drawn in English, and says so.
        assertThat(LanguageChoice.htmlLang(Locale.GERMAN)).isEqualTo("en");
    }

    private static String placeholdersRemoved(String text) {
        return text.replaceAll("\\{\\d+}", "");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) found.add(m.group());
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
