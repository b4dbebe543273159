package dev.benchboard.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A domain sentence is written in the reader's language, and both bundles agree on every template. */
class SentenceTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void writesItsTemplateInTheReadersLanguageWithItsArguments() {
        Sentence joined = Sentence.of("joined.semicolon", "a", Sentence.verbatim("b"));
        assertThat(joined.english()).isEqualTo("a; b");
        assertThat(joined.in(CHINESE)).isEqualTo("a；b");
        assertThat(joined.in(Locale.GERMAN)).as("a language without templates reads English").isEqualTo("a; b");
        assertThat(joined).hasToString("a; b").isEqualTo(Sentence.of("joined.semicolon", "a", Sentence.verbatim("b")));
    }

    @Test
    void listsAndNestedSentencesFollowTheLanguage() {
        Sentence inner = Sentence.of("joined.semicolon", "x", "y");
        Sentence outer = Sentence.of("joined.semicolon", List.of("a", "b", "c"), inner);
        assertThat(outer.english()).isEqualTo("a, b and c; x; y");
        assertThat(outer.in(CHINESE)).isEqualTo("a、b 和 c；x；y");
    }

    @Test
    void refusesAnUnknownKeyAndARawNumber() {
        assertThatThrownBy(() -> Sentence.of("no.such.sentence")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.sentence");
        assertThatThrownBy(() -> Sentence.of("joined.semicolon", 0.05, "b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Figures");
    }

    @Test
    void jsonCarriesTheTextInTheWritersLanguageAndReadsBackVerbatim() {
        record Verdict(Sentence reason) {}
        Verdict verdict = new Verdict(Sentence.of("joined.semicolon", "p = 0.04", "it's"));
        assertThat(Json.write(verdict)).isEqualTo("{\"reason\":\"p = 0.04; it's\"}");
        String chinese = Json.mapper().writer().withAttribute(Sentence.LANGUAGE, CHINESE).writeValueAsString(verdict);
        assertThat(chinese).isEqualTo("{\"reason\":\"p = 0.04；it's\"}");
        assertThat(Json.read(chinese, Verdict.class).reason()).isEqualTo(Sentence.verbatim("p = 0.04；it's"));
    }

    @Test
    void aStoredSentenceReadsBackInEveryLanguageAndAnOldRowAsItsText() {
        Sentence sentence = Sentence.of("joined.semicolon", List.of("a", "b"),
                Sentence.of("joined.semicolon", java.util.concurrent.TimeUnit.SECONDS, "y"));
        String json = Json.write(sentence.stored());
        Sentence read = Sentence.fromStored(Json.read(json, Object.class));
        assertThat(read.english()).isEqualTo("a and b; seconds; y").isEqualTo(sentence.english());
        assertThat(read.in(CHINESE)).isEqualTo(sentence.in(CHINESE));
        assertThat(Sentence.fromStored("written before sentences")).isEqualTo(Sentence.verbatim("written before sentences"));
        assertThat(Sentence.fromStored(java.util.Map.of("key", "a.key.since.removed", "args", List.of(), "en", "its English")))
                .isEqualTo(Sentence.verbatim("its English"));
    }

    @Test
    void theChineseTemplatesHaveExactlyTheEnglishKeysAndPlaceholders() throws IOException {
        Properties english = bundle("sentences.properties");
        Properties chinese = bundle("sentences_zh_CN.properties");
        assertThat(new TreeSet<>(chinese.stringPropertyNames())).as("keys of sentences_zh_CN.properties")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            for (String template : List.of(english.getProperty(key), chinese.getProperty(key))) {
                assertThat(template).as(key).isNotBlank();
                // MessageFormat reads a lone ASCII apostrophe as the start of a quote and drops it: '' or a quoted brace.
                assertThat(template.replace("''", "").replace("'{'", "").replace("'}'", "")).as("%s: a lone ' (write '')", key)
                        .doesNotContain("'");
                new MessageFormat(template);   // throws on a malformed pattern
            }
            String zh = chinese.getProperty(key);
            assertThat(placeholders(zh)).as("placeholders of %s", key).isEqualTo(placeholders(english.getProperty(key)));
            boolean hasWords = zh.replaceAll("\\{\\d+}", "").codePoints().anyMatch(Character::isLetter);
            if (hasWords) assertThat(zh).as("%s is written in Chinese", key).containsPattern("\\p{IsHan}");
        }
    }

    private static TreeSet<String> placeholders(String template) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+[^}]*}").matcher(template);
        while (m.find()) found.add(m.group());
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SentenceTest.class.getResourceAsStream("/dev/benchboard/format/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
